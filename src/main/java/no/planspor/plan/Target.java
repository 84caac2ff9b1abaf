package no.planspor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

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

	/** A one-line summary for the audit log: "COUNT 3 PhD per PLAN, due 2029-12-31". */
	public String summary() {
		StringBuilder text = new StringBuilder(kind.name());
		if (value != null) {
			text.append(' ').append(value.toPlainString());
		}
		if (unit != null) {
			text.append(' ').append(unit);
		}
		if (per != null) {
			text.append(" per ").append(per);
		}
		if (baseline != null) {
			text.append(", from ").append(baseline.value() == null ? "?" : baseline.value().toPlainString());
			if (baseline.asOf() != null) {
				text.append(" at ").append(baseline.asOf());
			}
		}
		if (due != null) {
			text.append(", due ").append(due);
		}
		return text.toString();
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
