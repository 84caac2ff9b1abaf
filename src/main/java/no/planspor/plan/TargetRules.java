package no.planspor.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.planspor.shared.Problem;

/** What makes a target complete and sensible, wherever it is entered (form, API, import). */
public final class TargetRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TargetRules() {
	}

	public static List<Problem> check(Target target, String path) {
		List<Problem> problems = new ArrayList<>();
		if (target.kind() == null) {
			problems.add(Problem.of(path + ".kind", "target.kind.required"));
			return problems;
		}
		boolean needsValue = switch (target.kind()) {
			case COUNT, PERCENT, INCREASE_PERCENT, AMOUNT -> true;
			case MILESTONE, RECURRING -> false;
		};
		if (needsValue && target.value() == null) {
			problems.add(Problem.of(path + ".value", "target.value.required"));
		}
		if (target.value() != null && target.value().signum() < 0) {
			problems.add(Problem.of(path + ".value", "target.value.negative"));
		}
		if (target.kind() == Target.Kind.PERCENT && target.value() != null && target.value().compareTo(HUNDRED) > 0) {
			problems.add(Problem.of(path + ".value", "target.value.percent"));
		}
		if (target.value() != null && target.value().precision() - target.value().scale() > 16) {
			problems.add(Problem.of(path + ".value", "target.value.too-large"));
		}
		if (target.value() != null && target.value().scale() > 2) {
			problems.add(Problem.of(path + ".value", "target.value.decimals"));
		}
		if (target.unit() != null && target.unit().length() > Limits.TARGET_UNIT) {
			problems.add(Problem.of(path + ".unit", "target.unit.too-long", target.unit().length(), Limits.TARGET_UNIT));
		}
		if (target.baseline() != null && target.baseline().value() == null) {
			problems.add(Problem.of(path + ".baseline.value", "target.baseline.value.required"));
		}
		return problems;
	}
}
