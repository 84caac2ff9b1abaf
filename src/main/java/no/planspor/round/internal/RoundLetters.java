package no.planspor.round.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.account.PartyMembers.Member;
import no.planspor.mail.LetterTemplates;
import no.planspor.mail.Outbox;
import no.planspor.round.Round;
import no.planspor.web.Dates;

/**
 * The letters a round sends: one per person, in the person's language, listing their items each with
 * a direct link to update it. Queued in the outbox in the caller's transaction, so a letter goes out
 * exactly when what caused it is committed, and not at all when it rolls back.
 */
@Component
public class RoundLetters {

	/** What a letter is about. */
	public enum Kind {
		/** The round opened: please answer. */
		ASKED("round/mail/asked", "round.mail.asked.subject", "round-asked"),
		/** Still missing (scheduled, or sent now by the owner). */
		REMINDER("round/mail/reminder", "round.mail.reminder.subject", "round-reminder"),
		/** To the owner after the due date: what is still missing. */
		SUMMARY("round/mail/summary", "round.mail.summary.subject", "round-summary");

		final String template;

		final String subject;

		final String purpose;

		Kind(String template, String subject, String purpose) {
			this.template = template;
			this.subject = subject;
			this.purpose = purpose;
		}
	}

	/**
	 * One item in a letter, with the path of the page where it is updated.
	 *
	 * @param who who was asked about it, for the owner's summary; null in the others
	 */
	public record LetterItem(String code, String label, String path, String who) {

		public static LetterItem of(String planCode, String code, String label, String who) {
			String path = UriComponentsBuilder.fromPath("/plans/{plan}/items/{item}")
				.buildAndExpand(planCode, code)
				.encode()
				.toUriString() + "#status-form";
			return new LetterItem(code, label, path, who);
		}
	}

	private final LetterTemplates templates;

	private final Outbox outbox;

	private final MessageSource messages;

	RoundLetters(LetterTemplates templates, Outbox outbox, MessageSource messages) {
		this.templates = templates;
		this.outbox = outbox;
		this.messages = messages;
	}

	/**
	 * Queues one letter to {@code to} about {@code items}; false when they have no e-mail address (they
	 * can still answer in Planspor, and the round page shows them as asked).
	 */
	public boolean send(Kind kind, Round round, Member to, List<LetterItem> items) {
		if (to.email() == null || to.email().isBlank()) {
			return false;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("name", to.displayName());
		model.put("round", round);
		model.put("items", items);
		model.put("roundPath", "/plans/" + round.planCode() + "/rounds/" + round.id());
		String subject = messages.getMessage(kind.subject,
				new Object[] { round.title(), Dates.day(round.due(), to.language()) }, to.language());
		outbox.queue(templates.write(to.email(), to.displayName(), to.language(), subject, kind.template, model,
				kind.purpose));
		return true;
	}
}
