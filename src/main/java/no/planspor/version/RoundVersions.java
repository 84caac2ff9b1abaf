package no.planspor.version;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.planspor.account.Permissions;
import no.planspor.account.SystemIdentity;
import no.planspor.round.RoundClosed;

/**
 * A closed reporting round leaves a version of its plan ("Statusrunde «Status høst 2026» lukket"): the
 * plan and every answer as they stood when the round closed.
 *
 * <p>A plain, synchronous listener, so the version is made in the closing transaction: the round is
 * closed with its version or not at all. A version that cannot be made fails the close loudly (the
 * owner gets an error and the round stays open; on its closing day the schedule's transaction for the
 * round is undone with it, logged, and tried again at the next run) rather than leaving a closed round
 * whose version is silently missing, which nobody could make afterwards, since the plan has moved on
 * by then. Making a version only reads the plan and writes this module's tables, so it fails only
 * when the database does, and then the close would too.
 */
@Component
class RoundVersions {

	/** Labels are the plan's data, written once in the hospital's language, as an editor would write them. */
	private static final Locale BOKMAL = Locale.forLanguageTag("nb");

	private final PlanVersions versions;

	private final Permissions permissions;

	private final MessageSource messages;

	RoundVersions(PlanVersions versions, Permissions permissions, MessageSource messages) {
		this.versions = versions;
		this.permissions = permissions;
		this.messages = messages;
	}

	@EventListener
	void on(RoundClosed closed) {
		String label = label(closed.title());
		// Closed by its owner: the version is theirs. On its day nobody is signed in: Planspor made it.
		if (permissions.find().isPresent()) {
			versions.make(closed.planCode(), label, VersionReason.ROUND);
		}
		else {
			SystemIdentity.call(() -> versions.make(closed.planCode(), label, VersionReason.ROUND));
		}
	}

	/** The label, with a long title shortened so that the label always fits. */
	String label(String title) {
		String label = messages.getMessage("version.label.round", new Object[] { title }, BOKMAL);
		int over = label.length() - PlanVersions.LABEL_MAX;
		if (over <= 0) {
			return label;
		}
		String shorter = title.substring(0, Math.max(0, title.length() - over - 1)).strip() + "…";
		return messages.getMessage("version.label.round", new Object[] { shorter }, BOKMAL);
	}
}
