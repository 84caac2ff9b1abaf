package no.planspor.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.PartyMemberships;
import no.planspor.account.Permissions;
import no.planspor.account.Role;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;

/**
 * Changes to a plan itself: creating one, its title, unit, period and strategy, its status with the
 * adoption, its running text (sections), its references and its parties (the abbreviation table).
 * As with {@link ItemEditing}: the caller must edit the plan's unit, every problem is named by field,
 * writes go from the version they were made from, and each changed field is audited old → new.
 */
@Service
public class PlanEditing {

	/** Plan codes read well in addresses: krn-forskning-2025-2029. */
	public static final String PLAN_CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	/** Taken by the page that creates plans (/plans/new). */
	static final String RESERVED_CODE = "new";

	static final String PLAN = "PLAN";

	static final String SECTION = "SECTION";

	static final String PARTY = "PARTY";

	/** A new plan as the person fills it in; it starts as a draft with no items. */
	public record PlanDraft(String code, PlanKind kind, String title, String unitCode, Integer periodFrom,
			Integer periodTo, String parentCode) {
	}

	/** A plan's own facts that a person edits. */
	public record PlanDetails(String title, String unitCode, Integer periodFrom, Integer periodTo, String parentCode) {
	}

	/** A section with the version a form edits it from. */
	public record EditableSection(long id, String heading, String body, int version) {
	}

	/** A party with its version and the codes of the (live) items it answers for. */
	public record EditableParty(long id, String code, String name, PartyKind kind, int version, List<String> items) {
	}

	private final PlanReader plans;

	private final Units units;

	private final Permissions permissions;

	private final PartyMemberships memberships;

	private final List<PeriodGuard> periodGuards;

	private final AuditLog audit;

	private final JdbcClient db;

	private final Clock clock;

	PlanEditing(PlanReader plans, Units units, Permissions permissions, PartyMemberships memberships,
			List<PeriodGuard> periodGuards, AuditLog audit, JdbcClient db, Clock clock) {
		this.memberships = memberships;
		this.periodGuards = periodGuards;
		this.plans = plans;
		this.units = units;
		this.permissions = permissions;
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
			if (!code.matches(PLAN_CODE_PATTERN)) {
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
		Plan current = lockedPlan(planCode);
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
			int linked = linkedToParent(current.id());
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
		audit.record(List.of(planChange(current, label, "title", current.title(), title),
				planChange(current, label, "unit", current.unit().code(), unit.code()),
				planChange(current, label, "period", current.period(), details.periodFrom() + "–" + details.periodTo()),
				planChange(current, label, "parent", current.parentCode(), parentCode)));
		return plans.get(planCode);
	}

	/**
	 * Moves the plan through its life: a draft is adopted (on a date, by someone) or given up
	 * (archived); an adopted plan is archived when it is over; an archived plan can come back. An
	 * adopted plan does not become a draft again: a revision is a new plan.
	 */
	@Transactional
	public Plan changeStatus(String planCode, PlanStatus status, Adoption adoption, int expectedVersion) {
		Plan current = lockedPlan(planCode);
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
			if (!mayChange(current.status(), status, current.adoption() != null && current.adoption().on() != null)) {
				checks.problem("status", "plan.edit.status.no-draft");
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
		audit.record(List.of(planChange(current, label, "status", current.status(), status),
				planChange(current, label, "adoptedOn", old.on(), given.on()),
				planChange(current, label, "adoptedBy", old.by(), by),
				planChange(current, label, "adoptionNote", old.note(), note)));
		return plans.get(planCode);
	}

	/**
	 * Which status changes are allowed; the same status again only edits the adoption. Only a plan
	 * that was never adopted can be (again) a draft.
	 */
	static boolean mayChange(PlanStatus from, PlanStatus to, boolean wasAdopted) {
		return switch (from) {
			case DRAFT -> true;
			case ADOPTED -> to != PlanStatus.DRAFT;
			case ARCHIVED -> to != PlanStatus.DRAFT || !wasAdopted;
		};
	}

	/** Replaces the plan's list of references (they have no version of their own: the plan's guards them). */
	@Transactional
	public Plan setReferences(String planCode, List<Reference> references, int expectedVersion) {
		Plan current = lockedPlan(planCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		List<Reference> checked = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			String at = "references[" + i + "]";
			String title = checks.text(references.get(i).title(), at + ".title", true, Limits.REFERENCE_TITLE);
			String url = checks.text(references.get(i).url(), at + ".url", false, Limits.URL);
			if (url != null && !checks.has(at + ".url") && !FieldChecks.isWebAddress(url)) {
				checks.problem(at + ".url", "plan.edit.url");
			}
			checked.add(new Reference(title, url));
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		List<Reference> old = plans.tree(planCode).references();
		if (old.equals(checked)) {
			return current;
		}
		int updated = db.sql("update plan set version = version + 1, updated_at = now() where id = :id and version = :version")
			.param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(plans.get(planCode));
		}
		db.sql("delete from plan_reference where plan_id = :plan").param("plan", current.id()).update();
		for (int i = 0; i < checked.size(); i++) {
			db.sql("insert into plan_reference (plan_id, position, title, url) values (:plan, :pos, :title, :url)")
				.param("plan", current.id())
				.param("pos", i)
				.param("title", checked.get(i).title())
				.param("url", checked.get(i).url())
				.update();
		}
		audit.record(planChange(current, planCode + " – " + current.title(), "references", describe(old),
				describe(checked)));
		return plans.get(planCode);
	}

	// ---------------------------------------------------------------------------------------------
	// Sections

	@Transactional(readOnly = true)
	public List<EditableSection> sections(String planCode) {
		Plan plan = plans.get(planCode);
		return db.sql("select id, heading, body, version from plan_section where plan_id = :plan order by position, id")
			.param("plan", plan.id())
			.query((rs, n) -> new EditableSection(rs.getLong("id"), rs.getString("heading"), rs.getString("body"),
					rs.getInt("version")))
			.list();
	}

	/** Adds a section at the end of the plan's running text. */
	@Transactional
	public EditableSection addSection(String planCode, String heading, String body) {
		Plan plan = lockedPlan(planCode);
		FieldChecks checks = new FieldChecks();
		String checkedHeading = checks.text(heading, "heading", false, Limits.SECTION_HEADING);
		String checkedBody = checks.text(body, "body", true, Limits.SECTION_BODY);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long id = db.sql("""
				insert into plan_section (plan_id, position, heading, body)
				values (:plan, (select coalesce(max(position) + 1, 0) from plan_section where plan_id = :plan), :heading, :body)
				returning id
				""").param("plan", plan.id()).param("heading", checkedHeading).param("body", checkedBody)
			.query(Long.class)
			.single();
		audit.record(new Change("CREATED", SECTION, id, plan.id(), null, sectionLabel(planCode, checkedHeading, checkedBody),
				null, null, checkedBody));
		return new EditableSection(id, checkedHeading, checkedBody, 0);
	}

	@Transactional
	public EditableSection editSection(String planCode, long sectionId, String heading, String body,
			int expectedVersion) {
		Plan plan = lockedPlan(planCode);
		EditableSection current = section(plan, sectionId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		String checkedHeading = checks.text(heading, "heading", false, Limits.SECTION_HEADING);
		String checkedBody = checks.text(body, "body", true, Limits.SECTION_BODY);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		if (Objects.equals(current.heading(), checkedHeading) && current.body().equals(checkedBody)) {
			return current;
		}
		int updated = db.sql("""
				update plan_section set heading = :heading, body = :body, version = version + 1
				where id = :id and version = :version
				""").param("heading", checkedHeading).param("body", checkedBody).param("id", sectionId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(section(plan, sectionId));
		}
		String label = sectionLabel(planCode, checkedHeading, checkedBody);
		audit.record(List.of(
				Change.updated(SECTION, sectionId, plan.id(), null, label, "heading", current.heading(), checkedHeading),
				Change.updated(SECTION, sectionId, plan.id(), null, label, "body", current.body(), checkedBody)));
		return new EditableSection(sectionId, checkedHeading, checkedBody, expectedVersion + 1);
	}

	/** One step up ({@code -1}) or down ({@code +1}) in the running text. */
	@Transactional
	public void reorderSection(String planCode, long sectionId, int offset, int expectedVersion) {
		Plan plan = lockedPlan(planCode);
		EditableSection current = section(plan, sectionId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		List<Long> order = new ArrayList<>(sections(planCode).stream().map(EditableSection::id).toList());
		int from = order.indexOf(sectionId);
		int to = from + Integer.signum(offset);
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.remove(from);
		order.add(to, sectionId);
		guardedBump("plan_section", sectionId, expectedVersion, () -> section(plan, sectionId));
		renumber("plan_section", order);
		audit.record(new Change("MOVED", SECTION, sectionId, plan.id(), null,
				sectionLabel(planCode, current.heading(), current.body()), "position", String.valueOf(from + 1),
				String.valueOf(to + 1)));
	}

	/** Deletes a section; the audit log keeps its text. */
	@Transactional
	public void deleteSection(String planCode, long sectionId, int expectedVersion) {
		Plan plan = lockedPlan(planCode);
		EditableSection current = section(plan, sectionId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		int deleted = db.sql("delete from plan_section where id = :id and version = :version")
			.param("id", sectionId)
			.param("version", expectedVersion)
			.update();
		if (deleted == 0) {
			throw Conflict.staleVersion(section(plan, sectionId));
		}
		audit.record(new Change("DELETED", SECTION, sectionId, plan.id(), null,
				sectionLabel(planCode, current.heading(), current.body()), null, current.body(), null));
	}

	// ---------------------------------------------------------------------------------------------
	// Parties

	/** The plan's parties in table order, each with the items it answers for. */
	@Transactional(readOnly = true)
	public List<EditableParty> parties(String planCode) {
		Plan plan = plans.get(planCode);
		Map<Long, List<String>> items = new LinkedHashMap<>();
		db.sql("""
				select r.party_id, i.code from item_responsible r
				join plan_item i on i.id = r.item_id and i.archived_at is null
				where i.plan_id = :plan order by i.position, i.id
				""").param("plan", plan.id()).query(rs -> {
			items.computeIfAbsent(rs.getLong("party_id"), k -> new ArrayList<>()).add(rs.getString("code"));
		});
		return db.sql("select id, code, name, kind, version from party where plan_id = :plan order by position, id")
			.param("plan", plan.id())
			.query((rs, n) -> new EditableParty(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					PartyKind.valueOf(rs.getString("kind")), rs.getInt("version"),
					List.copyOf(items.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	@Transactional
	public EditableParty addParty(String planCode, String code, String name, PartyKind kind) {
		Plan plan = lockedPlan(planCode);
		FieldChecks checks = new FieldChecks();
		String checkedCode = partyCode(plan, code, null, checks);
		String checkedName = checks.text(name, "name", true, Limits.PARTY_NAME);
		if (kind == null) {
			checks.problem("kind", "plan.edit.required");
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long id = db.sql("""
				insert into party (plan_id, position, code, name, kind)
				values (:plan, (select coalesce(max(position) + 1, 0) from party where plan_id = :plan), :code, :name, :kind)
				returning id
				""").param("plan", plan.id()).param("code", checkedCode).param("name", checkedName)
			.param("kind", kind.name())
			.query(Long.class)
			.single();
		audit.record(new Change("CREATED", PARTY, id, plan.id(), null, checkedCode + " – " + checkedName, null, null,
				kind.name()));
		return new EditableParty(id, checkedCode, checkedName, kind, 0, List.of());
	}

	/**
	 * Changes a party. Items point at parties by id, so a new code follows into every item it answers
	 * for; people's memberships name parties by code, and {@link PartyMemberships} carries them over.
	 */
	@Transactional
	public EditableParty editParty(String planCode, long partyId, String code, String name, PartyKind kind,
			int expectedVersion) {
		Plan plan = lockedPlan(planCode);
		EditableParty current = party(planCode, partyId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		String checkedCode = partyCode(plan, code, current, checks);
		String checkedName = checks.text(name, "name", true, Limits.PARTY_NAME);
		if (kind == null) {
			checks.problem("kind", "plan.edit.required");
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		if (current.code().equals(checkedCode) && current.name().equals(checkedName) && current.kind() == kind) {
			return current;
		}
		int updated = db.sql("""
				update party set code = :code, name = :name, kind = :kind, version = version + 1
				where id = :id and version = :version
				""").param("code", checkedCode).param("name", checkedName).param("kind", kind.name())
			.param("id", partyId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(party(planCode, partyId));
		}
		if (!current.code().equals(checkedCode)) {
			memberships.partyRenamed(plan.id(), plan.unit().id(), current.code(), checkedCode);
		}
		String label = checkedCode + " – " + checkedName;
		audit.record(List.of(Change.updated(PARTY, partyId, plan.id(), null, label, "code", current.code(), checkedCode),
				Change.updated(PARTY, partyId, plan.id(), null, label, "name", current.name(), checkedName),
				Change.updated(PARTY, partyId, plan.id(), null, label, "kind", current.kind(), kind)));
		return new EditableParty(partyId, checkedCode, checkedName, kind, expectedVersion + 1, current.items());
	}

	@Transactional
	public void reorderParty(String planCode, long partyId, int offset, int expectedVersion) {
		Plan plan = lockedPlan(planCode);
		EditableParty current = party(planCode, partyId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		List<Long> order = new ArrayList<>(parties(planCode).stream().map(EditableParty::id).toList());
		int from = order.indexOf(partyId);
		int to = from + Integer.signum(offset);
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.remove(from);
		order.add(to, partyId);
		guardedBump("party", partyId, expectedVersion, () -> party(planCode, partyId));
		renumber("party", order);
		audit.record(new Change("MOVED", PARTY, partyId, plan.id(), null, current.code() + " – " + current.name(),
				"position", String.valueOf(from + 1), String.valueOf(to + 1)));
	}

	/**
	 * Deletes a party. One that still answers for items is only deleted when the person says so
	 * ({@code removeFromItems}): it is then taken off those items first (each change audited);
	 * otherwise the answer names the items and nothing changes.
	 */
	@Transactional
	public void deleteParty(String planCode, long partyId, int expectedVersion, boolean removeFromItems) {
		Plan plan = lockedPlan(planCode);
		EditableParty current = party(planCode, partyId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		if (!current.items().isEmpty() && !removeFromItems) {
			throw InvalidInput.of("removeFromItems", "plan.edit.party.in-use", current.code(), current.items().size(),
					String.join(", ", current.items()));
		}
		List<Change> changes = new ArrayList<>();
		if (!current.items().isEmpty()) {
			PlanTree tree = plans.tree(planCode);
			for (String itemCode : current.items()) {
				PlanItem item = tree.item(itemCode).orElseThrow();
				List<String> before = item.responsible().stream().map(Party::code).toList();
				List<String> after = before.stream().filter(c -> !c.equals(current.code())).toList();
				// The item's document changes, though nobody edited the item itself: its version moves on.
				db.sql("update plan_item set version = version + 1 where id = :id").param("id", item.id()).update();
				changes.add(Change.updated(ItemEditing.ITEM, item.id(), plan.id(), item.id(),
						ItemEditing.label(item.code(), item.title(), item.text()), "responsible",
						String.join(", ", before), after.isEmpty() ? null : String.join(", ", after)));
			}
		}
		int deleted = db.sql("delete from party where id = :id and version = :version")
			.param("id", partyId)
			.param("version", expectedVersion)
			.update();
		if (deleted == 0) {
			throw Conflict.staleVersion(party(planCode, partyId));
		}
		changes.add(new Change("DELETED", PARTY, partyId, plan.id(), null, current.code() + " – " + current.name(), null,
				current.kind().name(), null));
		audit.record(changes);
	}

	// ---------------------------------------------------------------------------------------------

	/** The plan, after the caller's right to edit it is checked and its row is locked for this transaction. */
	private Plan lockedPlan(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		db.sql("select id from plan where id = :id for no key update").param("id", plan.id()).query(Long.class).single();
		return plans.get(planCode);
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

	/** How many of the plan's live items link up to items of its current strategy. */
	private int linkedToParent(long planId) {
		return db.sql("""
				select count(distinct r.item_id) from item_strategy_ref r
				join plan_item i on i.id = r.item_id and i.archived_at is null
				join plan_item t on t.id = r.target_item_id and t.archived_at is null
				where i.plan_id = :plan
				""").param("plan", planId).query(Integer.class).single();
	}

	private String partyCode(Plan plan, String code, EditableParty self, FieldChecks checks) {
		String checked = checks.text(code, "code", true, Limits.PARTY_CODE);
		if (checked != null && !checks.has("code")) {
			boolean taken = db.sql("select count(*) from party where plan_id = :plan and code = :code and id <> :self")
				.param("plan", plan.id())
				.param("code", checked)
				.param("self", self == null ? -1L : self.id())
				.query(Long.class)
				.single() > 0;
			if (taken) {
				checks.problem("code", "plan.edit.party.code.taken", checked);
			}
		}
		return checked;
	}

	private EditableSection section(Plan plan, long sectionId) {
		return db.sql("select id, heading, body, version from plan_section where id = :id and plan_id = :plan")
			.param("id", sectionId)
			.param("plan", plan.id())
			.query((rs, n) -> new EditableSection(rs.getLong("id"), rs.getString("heading"), rs.getString("body"),
					rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFound("plan.section.not-found", plan.code(), sectionId));
	}

	private EditableParty party(String planCode, long partyId) {
		return parties(planCode).stream()
			.filter(p -> p.id() == partyId)
			.findFirst()
			.orElseThrow(() -> new NotFound("plan.party.not-found", planCode, partyId));
	}

	private void guardedBump(String table, long id, int expectedVersion, java.util.function.Supplier<Object> current) {
		int updated = db.sql("update " + table + " set version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(current.get());
		}
	}

	private void renumber(String table, List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			db.sql("update " + table + " set position = :pos where id = :id").param("pos", i).param("id", ids.get(i)).update();
		}
	}

	private static Change planChange(Plan plan, String label, String field, Object old, Object now) {
		return Change.updated(PLAN, plan.id(), plan.id(), null, label, field, old, now);
	}

	private static String sectionLabel(String planCode, String heading, String body) {
		String title = heading != null ? heading : body.length() > 60 ? body.substring(0, 59) + "…" : body;
		return planCode + " – " + title;
	}

	private static String describe(List<Reference> references) {
		if (references.isEmpty()) {
			return null;
		}
		return references.stream()
			.map(r -> r.url() == null ? r.title() : r.title() + " <" + r.url() + ">")
			.collect(Collectors.joining("\n"));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
