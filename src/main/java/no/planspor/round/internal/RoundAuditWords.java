package no.planspor.round.internal;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.audit.AuditValue;
import no.planspor.audit.AuditValueWords;

/**
 * Puts what the round module records in the audit log in the reader's words: a round's state ("Åpen")
 * and how many reminders went out ("3 påminnelser").
 */
@Component
class RoundAuditWords implements AuditValueWords {

	/** The audit log's entity type for a reporting round. */
	static final String ROUND = "ROUND";

	/** [DRAFT, OPEN or CLOSED] */
	static final String STATE = "round-state";

	/** [how many letters] */
	static final String LETTERS = "round-letters";

	private final MessageSource messages;

	RoundAuditWords(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(STATE, LETTERS);
	}

	@Override
	public String words(AuditValue value, Locale locale) {
		if (STATE.equals(value.kind())) {
			return messages.getMessage("round.state." + value.part(0), null, value.part(0), locale);
		}
		return messages.getMessage("round.audit.letters", new Object[] { Integer.valueOf(value.part(0)) },
				value.part(0), locale);
	}
}
