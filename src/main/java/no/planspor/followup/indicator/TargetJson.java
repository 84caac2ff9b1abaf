package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.planspor.plan.Target;
import no.planspor.shared.JsonChecks;

/**
 * A target in the shape of planspor-plan/1 ({@code docs/targets.md}): {@code {"kind", "value", "unit",
 * "per", "baseline": {"value", "asOf"} | null, "due"}}, numbers written out plainly (30000000, not 3E+7).
 */
public record TargetJson(String kind, BigDecimal value, String unit, String per, BaselineJson baseline, LocalDate due) {

	record BaselineJson(BigDecimal value, LocalDate asOf) {
	}

	static TargetJson of(Target target) {
		if (target == null) {
			return null;
		}
		return new TargetJson(target.kind().name(), plain(target.value()), target.unit(),
				target.per() == null ? null : target.per().name(),
				target.baseline() == null ? null
						: new BaselineJson(plain(target.baseline().value()), target.baseline().asOf()),
				target.due());
	}

	/** Without trailing zeros and never in exponent form, as the API reads numbers too. */
	public static BigDecimal plain(BigDecimal value) {
		return JsonChecks.plain(value);
	}
}
