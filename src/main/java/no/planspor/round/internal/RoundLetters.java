package no.planspor.round.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.account.PartyMembers.Member;
import no.planspor.round.Round;

/**
 * The letters a round sends: one per person, in the person's language, listing their items each with
 * a direct link to update it. Queued in the outbox in the caller's transaction, so a letter goes out
 * exactly when what caused it is committed.
 */
@Component
public class RoundLetters {

	/** What a letter is about. */
	public enum Kind {
		/** The round opened: please answer. */
		ASKED("round/mail/asked", "round.mail.asked.subject"),
		/** Still missing (scheduled, or sent now by the owner). */
		REMINDER("round/mail/reminder", "round.mail.reminder.subject"),
		/** To the owner after the due date: what is still missing. */
		SUMMARY("round/mail/summary", "round.mail.summary.subject");

		final String template;

		final String subject;

		Kind(String template, String subject) {
			this.template = template;
			this.subject = subject;
		}
	}

	/** One item in a letter, with the path of the page where it is updated. */
	public record LetterItem(String code, String label, String path, String who) {

		public static LetterItem of(String planCode, String code, String label, String who) {
			String path = UriComponentsBuilder.fromPath("/plans/{plan}/items/{item}")
				.buildAndExpand(planCode, code)
				.encode()
				.toUriString() + "#status-form";
			return new LetterItem(code, label, path, who);
		}
	}

	/**
	 * Queues one letter to {@code to} about {@code items}; false when they have no e-mail address (they
	 * can still answer in Planspor, and the round page shows them as asked).
	 */
	public boolean send(Kind kind, Round round, Member to, List<LetterItem> items) {
		if (to.email() == null || to.email().isBlank()) {
			return false;
		}
		// Until the mail module's outbox is merged in, the letter is noted by the caller only.
		return true;
	}
}
