package no.planspor.plan.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Adoption;
import no.planspor.plan.Limits;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStates;
import no.planspor.plan.PlanStatus;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;

/**
 * The plan's row through its steps from draft to adopted ({@link PlanStates}). Each step names the one
 * state it leaves; from any other it is refused as a conflict with the state the plan is in now, so a
 * second click on an old page says what happened in between instead of doing it twice.
 */
@Service
class PlanStateSteps implements PlanStates {

	private final PlanLock lock;

	private final PlanReader plans;

	private final AuditLog audit;

	private final JdbcClient db;

	private final Clock clock;

	PlanStateSteps(PlanLock lock, PlanReader plans, AuditLog audit, JdbcClient db, Clock clock) {
		this.lock = lock;
		this.plans = plans;
		this.audit = audit;
		this.db = db;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Plan submit(String planCode) {
		Plan plan = lock.plan(planCode);
		require(plan, PlanStatus.DRAFT, PlanStatus.SUBMITTED);
		return write(plan, PlanStatus.SUBMITTED, null);
	}

	@Override
	@Transactional
	public Plan adopt(String planCode, Adoption adoption) {
		Plan plan = lock.forAdoption(planCode);
		require(plan, PlanStatus.SUBMITTED, PlanStatus.ADOPTED);
		FieldChecks checks = new FieldChecks();
		LocalDate on = adoption == null ? null : adoption.on();
		if (on == null) {
			checks.problem("adoptedOn", "plan.edit.adopted-on.required");
		}
		else if (on.isAfter(LocalDate.now(clock))) {
			checks.problem("adoptedOn", "plan.edit.adopted-on.future");
		}
		String by = checks.text(adoption == null ? null : adoption.by(), "adoptedBy", false, Limits.ADOPTED_BY);
		String note = checks.text(adoption == null ? null : adoption.note(), "adoptionNote", false,
				Limits.ADOPTION_NOTE);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		return write(plan, PlanStatus.ADOPTED, new Adoption(on, by, note));
	}

	@Override
	@Transactional
	public Plan sendBack(String planCode) {
		Plan plan = lock.forAdoption(planCode);
		require(plan, PlanStatus.SUBMITTED, PlanStatus.DRAFT);
		return write(plan, PlanStatus.DRAFT, null);
	}

	/** The step to {@code to} leaves {@code from} only; anything else is a conflict with the plan as it is. */
	private static void require(Plan plan, PlanStatus from, PlanStatus to) {
		if (plan.status() != from) {
			// What is stored now, for the caller to compare with: the plan and the state it is in.
			throw new Conflict("plan.state.not-allowed", java.util.Map.of("plan", plan.code(), "status",
					plan.status().name()), plan.code());
		}
	}

	/** Sets the status; the adoption is written only when given, so a draft keeps nothing of an earlier one. */
	private Plan write(Plan plan, PlanStatus status, Adoption adoption) {
		db.sql("update plan set status = :status, version = version + 1, updated_at = now() where id = :id")
			.param("status", status.name())
			.param("id", plan.id())
			.update();
		if (adoption != null) {
			db.sql("update plan set adopted_on = :on, adopted_by = :by, adoption_note = :note where id = :id")
				.param("on", adoption.on())
				.param("by", adoption.by())
				.param("note", adoption.note())
				.param("id", plan.id())
				.update();
		}
		String label = plan.code() + " – " + plan.title();
		Adoption old = plan.adoption() == null ? new Adoption(null, null, null) : plan.adoption();
		audit.record(change(plan, label, "status", PlanAuditWords.planStatus(plan.status()),
				PlanAuditWords.planStatus(status)));
		if (adoption != null) {
			audit.record(List.of(
					change(plan, label, "adoptedOn", PlanAuditWords.date(old.on()), PlanAuditWords.date(adoption.on())),
					change(plan, label, "adoptedBy", old.by(), adoption.by()),
					change(plan, label, "adoptionNote", old.note(), adoption.note())));
		}
		return plans.get(plan.code());
	}

	private static Change change(Plan plan, String label, String field, Object old, Object now) {
		return Change.updated(PlanDetailsEditing.PLAN, plan.id(), plan.id(), null, label, field, old, now);
	}
}
