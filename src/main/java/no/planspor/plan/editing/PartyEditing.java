package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.PartyMemberships;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Limits;
import no.planspor.plan.Party;
import no.planspor.plan.PartyKind;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;

/**
 * A plan's parties, its table of abbreviations: the roles, bodies and units that answer for its items.
 * As with every edit: the caller must edit the plan's unit, problems are named by field, a party is
 * changed from the version it was read at, and each change is audited.
 */
@Service
public class PartyEditing {

	static final String PARTY = "PARTY";

	/** A party with its version and the codes of the (live) items it answers for. */
	public record EditableParty(long id, String code, String name, PartyKind kind, int version, List<String> items) {
	}

	private final PlanReader plans;

	private final PlanLock lock;

	private final PlanRows rows;

	private final ItemStore items;

	private final PartyMemberships memberships;

	private final AuditLog audit;

	private final JdbcClient db;

	PartyEditing(PlanReader plans, PlanLock lock, PlanRows rows, ItemStore items, PartyMemberships memberships,
			AuditLog audit, JdbcClient db) {
		this.plans = plans;
		this.lock = lock;
		this.rows = rows;
		this.items = items;
		this.memberships = memberships;
		this.audit = audit;
		this.db = db;
	}

	/** The plan's parties in table order, each with the items it answers for. */
	@Transactional(readOnly = true)
	public List<EditableParty> parties(String planCode) {
		Plan plan = plans.get(planCode);
		Map<Long, List<String>> answering = items.itemsByParty(plan.id());
		return db.sql("select id, code, name, kind, version from party where plan_id = :plan order by position, id")
			.param("plan", plan.id())
			.query((rs, n) -> new EditableParty(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					PartyKind.valueOf(rs.getString("kind")), rs.getInt("version"),
					List.copyOf(answering.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	@Transactional
	public EditableParty addParty(String planCode, String code, String name, PartyKind kind) {
		Plan plan = lock.plan(planCode);
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
		Plan plan = lock.plan(planCode);
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
				Change.updated(PARTY, partyId, plan.id(), null, label, "kind", PlanAuditWords.partyKind(current.kind()),
						PlanAuditWords.partyKind(kind))));
		return new EditableParty(partyId, checkedCode, checkedName, kind, expectedVersion + 1, current.items());
	}

	/** One step up ({@code -1}) or down ({@code +1}) in the plan's table of parties. */
	@Transactional
	public void reorderParty(String planCode, long partyId, int offset, int expectedVersion) {
		Plan plan = lock.plan(planCode);
		EditableParty current = party(planCode, partyId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		List<Long> order = parties(planCode).stream().map(EditableParty::id).toList();
		int[] step = rows.step(PlanRows.Table.PARTIES, order, partyId, offset, expectedVersion,
				() -> party(planCode, partyId));
		if (step != null) {
			audit.record(new Change("MOVED", PARTY, partyId, plan.id(), null, current.code() + " – " + current.name(),
					"position", String.valueOf(step[0] + 1), String.valueOf(step[1] + 1)));
		}
	}

	/**
	 * Deletes a party. One that still answers for items is only deleted when the person says so
	 * ({@code removeFromItems}): it is then taken off those items first (each change audited);
	 * otherwise the answer names the items and nothing changes.
	 */
	@Transactional
	public void deleteParty(String planCode, long partyId, int expectedVersion, boolean removeFromItems) {
		Plan plan = lock.plan(planCode);
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
				items.bump(item.id());
				changes.add(Change.updated(ItemChanges.ITEM, item.id(), plan.id(), item.id(),
						ItemChanges.label(item.code(), item.title(), item.text()), ItemField.RESPONSIBLE.key(),
						ItemField.shown(before), ItemField.shown(after)));
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

	/** One party as stored now, with the items it answers for; or a 404. */
	@Transactional(readOnly = true)
	public EditableParty party(String planCode, long partyId) {
		return parties(planCode).stream()
			.filter(p -> p.id() == partyId)
			.findFirst()
			.orElseThrow(() -> new NotFound("plan.party.not-found", planCode, partyId));
	}
}
