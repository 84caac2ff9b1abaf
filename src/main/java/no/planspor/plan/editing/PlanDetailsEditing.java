package no.planspor.plan.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.account.Role;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Adoption;
import no.planspor.plan.Limits;
import no.planspor.plan.PeriodGuard;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanSummary;
import no.planspor.plan.Unit;
import no.planspor.plan.Units;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;

/**
 * A plan's own facts: creating one, its title, unit, period and strategy, and its status with the
 * adoption. As with every edit: the caller must edit the plan's unit, every problem is named by field,
 * a change is made from the version it was read at, and each changed field is audited old → new.
 *
 * <p>The bean keeps the name {@code planEditing}: the front page (report/home) asks
 * {@code @planEditing.mayCreatePlans()} by that name.
 */
@Service("planEditing")
public class PlanDetailsEditing {

	/** Taken by the page that creates plans (/plans/new). */
	static final String RESERVED_CODE = "new";

	static final String PLAN = "PLAN";

	/** A new plan as the person fills it in; it starts as a draft with no items. */
	public record PlanDraft(String code, PlanKind kind, String title, String unitCode, Integer periodFrom,
			Integer periodTo, String parentCode) {
	}

	/** A plan's own facts that a person edits. */
	public record PlanDetails(String title, String unitCode, Integer periodFrom, Integer periodTo, String parentCode) {
	}

	private final PlanReader plans;

	private final PlanLock lock;

	private final Units units;

	private final Permissions permissions;

	private final List<PeriodGuard> periodGuards;

	private final ItemStore items;

	private final AuditLog audit;

	private final JdbcClient db;

	private final Clock clock;

	PlanDetailsEditing(PlanReader plans, PlanLock lock, Units units, Permissions permissions,
			List<PeriodGuard> periodGuards, ItemStore items, AuditLog audit, JdbcClient db, Clock clock) {
		this.plans = plans;
		this.lock = lock;
		this.units = units;
		this.permissions = permissions;
		this.periodGuards = periodGuards;
		this.items = items;
		this.audit = audit;
		this.db = db;
		this.clock = clock;
	}

	/** The units the signed-in person may create and move plans in: all for an admin, their own for an editor. */
	@Transactional(readOnly = true)
	public List<Unit> unitsForPlans() {
		Optional<CurrentUser> user = permissions.find();
		if (user.isEmpty()) {
			return List.of();
		}
		return units.all().stream().filter(unit -> user.get().mayEditPlansOf(unit.id())).toList();
	}

	/**
	 * Whether the signed-in person may create a plan at all: an admin, or an editor granted a unit.
	 * Asks nothing of the database beyond the person (read once per request), so pages can ask freely.
	 */
	public boolean mayCreatePlans() {
		return permissions.find()
			.map(user -> user.isAdmin() || (user.role() == Role.EDITOR && !user.editableUnitIds().isEmpty()))
			.orElse(false);
	}

	/** The strategies an action plan may build on. */
	@Transactional(readOnly = true)
	public List<PlanSummary> strategies() {
		return plans.catalogue().stream().filter(plan -> plan.kind() == PlanKind.STRATEGY).toList();
	}

	/** Creates a draft plan with no items. Editors of the chosen unit and admins may. */
	@Transactional
	public Plan create(PlanDraft draft) {
		if (!mayCreatePlans()) {
			throw new AccessDeniedException("May not create plans");
		}
		FieldChecks checks = new FieldChecks();
		String code = checks.text(draft.code(), "code", true, Limits.PLAN_CODE);
		if (code != null && !checks.has("code")) {
			if (!code.matches(Plan.CODE_PATTERN)) {
				checks.problem("code", "plan.edit.plan-code");
			}
			else if (code.equals(RESERVED_CODE) || plans.exists(code)) {
				checks.problem("code", "plan.edit.plan-code.taken", code);
			}
		}
		if (draft.kind() == null) {
			checks.problem("kind", "plan.edit.required");
		}
		String title = checks.text(draft.title(), "title", true, Limits.TITLE);
		Unit unit = unit(draft.unitCode(), checks);
		checks.period(draft.periodFrom(), draft.periodTo());
		Long parentId = parentPlan(draft.kind(), draft.parentCode(), null, checks);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long id = db.sql("""
				insert into plan (code, kind, title, unit_id, period_from, period_to, parent_plan_id, status)
				values (:code, :kind, :title, :unit, :from, :to, :parent, 'DRAFT')
				returning id
				""")
			.param("code", code)
			.param("kind", draft.kind().name())
			.param("title", title)
			.param("unit", unit.id())
			.param("from", draft.periodFrom())
			.param("to", draft.periodTo())
			.param("parent", parentId)
			.query(Long.class)
			.single();
		audit.record(new Change("CREATED", PLAN, id, id, null, code + " – " + title, null, null,
				draft.kind().name() + ", " + unit.code() + ", " + draft.periodFrom() + "–" + draft.periodTo()));
		return plans.get(code);
	}

	/** Changes title, unit, period and parent strategy. Moving a plan to another unit needs the right to edit both. */
	@Transactional
	public Plan editDetails(String planCode, PlanDetails details, int expectedVersion) {
		Plan current = lock.plan(planCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		String title = checks.text(details.title(), "title", true, Limits.TITLE);
		Unit unit = unit(details.unitCode(), checks);
		checks.period(details.periodFrom(), details.periodTo());
		if (checks.ok() && (details.periodFrom() > current.periodFrom() || details.periodTo() < current.periodTo())) {
			for (PeriodGuard guard : periodGuards) {
				guard.problemsWithPeriod(current.id(), details.periodFrom(), details.periodTo()).forEach(checks::problem);
			}
		}
		String parentCode = blankToNull(details.parentCode());
		Long parentId = parentPlan(current.kind(), parentCode, current, checks);
		if (!Objects.equals(parentCode, current.parentCode()) && current.parentCode() != null) {
			int linked = items.linkedToStrategy(current.id());
			if (linked > 0) {
				checks.problem("parentCode", "plan.edit.parent-plan.in-use", linked, current.parentCode());
			}
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		int updated = db.sql("""
				update plan set title = :title, unit_id = :unit, period_from = :from, period_to = :to,
				       parent_plan_id = :parent, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("title", title)
			.param("unit", unit.id())
			.param("from", details.periodFrom())
			.param("to", details.periodTo())
			.param("parent", parentId)
			.param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(plans.get(planCode));
		}
		String label = planCode + " – " + title;
		audit.record(List.of(change(current, label, "title", current.title(), title),
				change(current, label, "unit", current.unit().code(), unit.code()),
				change(current, label, "period", current.period(), details.periodFrom() + "–" + details.periodTo()),
				change(current, label, "parent", current.parentCode(), parentCode)));
		return plans.get(planCode);
	}

	/**
	 * Moves the plan through its life: a draft is adopted (on a date, by someone: only those who may
	 * adopt the unit's plans) or given up (archived); submitting and sending back are the adoption
	 * module's steps ({@link no.planspor.plan.PlanStates}); an adopted plan is archived when it is over; an archived plan can come back. An
	 * adopted plan does not become a draft again: a revision is a new plan.
	 */
	@Transactional
	public Plan changeStatus(String planCode, PlanStatus status, Adoption adoption, int expectedVersion) {
		Plan current = lock.plan(planCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		Adoption given = adoption == null ? new Adoption(null, null, null) : adoption;
		String by = checks.text(given.by(), "adoptedBy", false, Limits.ADOPTED_BY);
		String note = checks.text(given.note(), "adoptionNote", false, Limits.ADOPTION_NOTE);
		if (status == null) {
			checks.problem("status", "plan.edit.required");
		}
		else {
			if (workflowStep(current.status(), status)) {
				// Submitting and sending back are steps of the adoption's own (audited, versioned) road.
				checks.problem("status", "plan.edit.status.workflow");
			}
			else if (!mayChange(current.status(), status, current.adoption() != null && current.adoption().on() != null)) {
				checks.problem("status", "plan.edit.status.no-draft");
			}
			else if (status == PlanStatus.ADOPTED && current.status().inProgress()
					&& !permissions.mayAdoptPlansOf(current.unit().id())) {
				checks.problem("status", "plan.edit.status.adopt-forbidden");
			}
			if (status == PlanStatus.ADOPTED && given.on() == null) {
				checks.problem("adoptedOn", "plan.edit.adopted-on.required");
			}
			if (status == PlanStatus.DRAFT && (given.on() != null || by != null)) {
				checks.problem("adoptedOn", "plan.edit.adoption.draft");
			}
		}
		if (given.on() != null && given.on().isAfter(LocalDate.now(clock))) {
			checks.problem("adoptedOn", "plan.edit.adopted-on.future");
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		int updated = db.sql("""
				update plan set status = :status, adopted_on = :on, adopted_by = :by, adoption_note = :note,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("status", status.name())
			.param("on", given.on())
			.param("by", by)
			.param("note", note)
			.param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(plans.get(planCode));
		}
		Adoption old = current.adoption() == null ? new Adoption(null, null, null) : current.adoption();
		String label = planCode + " – " + current.title();
		audit.record(List.of(change(current, label, "status", PlanAuditWords.planStatus(current.status()),
				PlanAuditWords.planStatus(status)),
				change(current, label, "adoptedOn", PlanAuditWords.date(old.on()), PlanAuditWords.date(given.on())),
				change(current, label, "adoptedBy", old.by(), by),
				change(current, label, "adoptionNote", old.note(), note)));
		return plans.get(planCode);
	}

	/**
	 * Which status changes are allowed; the same status again only edits the adoption. Only a plan
	 * that was never adopted can be (again) a draft.
	 */
	static boolean mayChange(PlanStatus from, PlanStatus to, boolean wasAdopted) {
		return switch (from) {
			case DRAFT, SUBMITTED -> true;
			case ADOPTED -> to != PlanStatus.DRAFT;
			case ARCHIVED -> to != PlanStatus.DRAFT || !wasAdopted;
		};
	}

	/** To submitted from anything else, or from submitted back to a draft: the adoption's steps, not this form's. */
	static boolean workflowStep(PlanStatus from, PlanStatus to) {
		return (to == PlanStatus.SUBMITTED && from != PlanStatus.SUBMITTED)
				|| (from == PlanStatus.SUBMITTED && to == PlanStatus.DRAFT);
	}

	private Unit unit(String unitCode, FieldChecks checks) {
		String code = blankToNull(unitCode);
		if (code == null) {
			checks.problem("unitCode", "plan.edit.required");
			return null;
		}
		Optional<Unit> unit = units.find(code);
		if (unit.isEmpty()) {
			checks.problem("unitCode", "plan.edit.unit.unknown", code);
			return null;
		}
		if (!permissions.mayEditPlansOf(unit.get().id())) {
			checks.problem("unitCode", "plan.edit.unit.forbidden", unit.get().name());
		}
		return unit.get();
	}

	/** The id of the strategy an action plan builds on; strategies build on nothing. */
	private Long parentPlan(PlanKind kind, String parentCode, Plan self, FieldChecks checks) {
		String code = blankToNull(parentCode);
		if (code == null) {
			return null;
		}
		if (kind == PlanKind.STRATEGY) {
			checks.problem("parentCode", "plan.edit.parent-plan.strategy");
			return null;
		}
		Optional<Plan> parent = plans.find(code);
		if (parent.isEmpty()) {
			checks.problem("parentCode", "plan.edit.parent-plan.unknown", code);
			return null;
		}
		if (parent.get().kind() != PlanKind.STRATEGY || (self != null && parent.get().id() == self.id())) {
			checks.problem("parentCode", "plan.edit.parent-plan.not-strategy", parent.get().title());
			return null;
		}
		return parent.get().id();
	}

	private static Change change(Plan plan, String label, String field, Object old, Object now) {
		return Change.updated(PLAN, plan.id(), plan.id(), null, label, field, old, now);
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
