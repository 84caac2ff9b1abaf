package no.planspor.plan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Sets or clears the structured target of an indicator: what a person confirms after the parser
 * proposed it, or edits later. Editors of the plan's unit and admins may; the change is versioned
 * and audited like every other edit.
 */
@Service
public class IndicatorTargets {

	private final PlanReader plans;

	private final Permissions permissions;

	private final AuditLog audit;

	private final JdbcClient db;

	IndicatorTargets(PlanReader plans, Permissions permissions, AuditLog audit, JdbcClient db) {
		this.plans = plans;
		this.permissions = permissions;
		this.audit = audit;
		this.db = db;
	}

	/**
	 * @param number the indicator's number within the item, from 1 in plan order
	 * @param target the new target, or null to clear it
	 * @param expectedVersion the indicator's version the change was made from
	 * @return the indicator as it is now
	 * @throws Conflict when someone saved the indicator since (with the current indicator)
	 */
	@Transactional
	public Indicator setTarget(String planCode, String itemCode, int number, Target target, int expectedVersion) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		PlanItem item = tree.requireItem(itemCode);
		if (number < 1 || number > item.indicators().size()) {
			throw new NotFound("plan.indicator.not-found", planCode, itemCode, number);
		}
		Indicator current = item.indicators().get(number - 1);
		if (target != null) {
			List<Problem> problems = TargetRules.check(target, "$.target");
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
		int updated = db.sql("""
				update indicator set target_kind = :kind, target_value = :value, target_unit = :unit, target_per = :per,
				       baseline_value = :baseValue, baseline_as_of = :baseAsOf, target_due = :due, version = version + 1
				where id = :id and version = :version
				""")
			.param("kind", target == null ? null : target.kind().name())
			.param("value", target == null ? null : target.value())
			.param("unit", target == null ? null : target.unit())
			.param("per", target == null || target.per() == null ? null : target.per().name())
			.param("baseValue", target == null || target.baseline() == null ? null : target.baseline().value())
			.param("baseAsOf", target == null || target.baseline() == null ? null : target.baseline().asOf())
			.param("due", target == null ? null : target.due())
			.param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(current);
		}
		audit.record(Change.updated("INDICATOR", current.id(), tree.plan().id(), item.id(),
				item.code() + " – " + current.text(), "target",
				current.target() == null ? null : current.target().summary(), target == null ? null : target.summary()));
		return new Indicator(current.id(), item.id(), number, current.text(), target, expectedVersion + 1);
	}
}
