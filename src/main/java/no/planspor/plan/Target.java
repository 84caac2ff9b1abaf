package no.planspor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.planspor.audit.AuditValue;

/**
 * What an indicator aims at, in a form that measured values can be compared against.
 * Members that do not apply to the kind are null (a MILESTONE has no value, say).
 *
 * @param kind what sort of target this is
 * @param value the number to reach: a count, a percentage, an amount in NOK, or how many times per period
 * @param unit what is counted ("PhD", "studier", "%", "NOK"), free text, may be null
 * @param per whether {@code value} is per year or for the whole plan period
 * @param baseline where an INCREASE_PERCENT target starts from, otherwise null
 * @param due when the target should be met; null means the end of the plan period
 */
public record Target(Kind kind, BigDecimal value, String unit, Per per, Baseline baseline, LocalDate due) {

	/**
	 * The target for the audit log, in no language: [kind, value, unit, per, baseline value, baseline
	 * date, due]. The follow-up module, which owns the words for targets, says it in the reader's.
	 */
	public AuditValue auditValue() {
		return AuditValue.of("target", kind, plain(value), unit, per, baseline == null ? null : plain(baseline.value()),
				baseline == null ? null : baseline.asOf(), due);
	}

	private static String plain(BigDecimal number) {
		return number == null ? null : number.stripTrailingZeros().toPlainString();
	}

	public enum Kind {
		/** At least {@code value} of something. */
		COUNT,
		/** At least {@code value} per cent of a whole. */
		PERCENT,
		/** {@code value} per cent above the baseline. */
		INCREASE_PERCENT,
		/** A sum of money in NOK, per year or in total. */
		AMOUNT,
		/** Done or not. */
		MILESTONE,
		/** Happens {@code value} times (default once) per year. */
		RECURRING
	}

	public enum Per {
		YEAR, PLAN
	}

	public record Baseline(BigDecimal value, LocalDate asOf) {
	}
}
