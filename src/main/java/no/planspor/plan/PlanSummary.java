package no.planspor.plan;

/** One line of the plan catalogue. */
public record PlanSummary(String code, String title, PlanKind kind, Unit unit, int periodFrom, int periodTo,
		PlanStatus status, String parentCode) {
}
