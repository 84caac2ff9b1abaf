package no.planspor.review.internal;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.audit.AuditValue;
import no.planspor.audit.AuditValueWords;

/** Puts what the review module records in the audit log in the reader's words: a state, a decision's kind. */
@Component
class ReviewAuditWords implements AuditValueWords {

	/** The audit log's entity type for a review. */
	static final String REVIEW = "REVIEW";

	/** [OPEN, SUBMITTED or APPLIED] */
	static final String STATE = "review-state";

	/** [CONTINUE, ADJUST, STOP or NEW] */
	static final String KIND = "review-decision";

	private final MessageSource messages;

	ReviewAuditWords(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(STATE, KIND);
	}

	@Override
	public String words(AuditValue value, Locale locale) {
		String prefix = STATE.equals(value.kind()) ? "review.state." : "review.kind.";
		return messages.getMessage(prefix + value.part(0), null, value.part(0), locale);
	}
}
