package no.planspor.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts recorded values in the reader's words. Each module that records values of its own kinds
 * (followup's states, targets and measurement sources, account's roles, plan's counts) implements it,
 * because that module owns the words; this module declares it so as to ask without depending on them
 * (as with {@link PlanNames}).
 */
public interface AuditValueWords {

	/** The kinds of {@link AuditValue} this module writes. */
	Set<String> kinds();

	/** A value of one of {@link #kinds()} in the reader's words. */
	String words(AuditValue value, Locale locale);

	/**
	 * A value written as text before values had kinds (old rows), in the reader's words when this
	 * module recognises it ({@code "DELAYED per 2026-12-03"} for a status, say); empty otherwise.
	 */
	default Optional<String> oldText(String entityType, String field, String text, Locale locale) {
		return Optional.empty();
	}
}
