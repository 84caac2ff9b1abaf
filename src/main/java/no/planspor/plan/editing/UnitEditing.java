package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Limits;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;

/**
 * The organisation tree as administrators keep it: create a unit, rename it, place it under another.
 * A unit's code is how plan files name it, so it does not change once made.
 */
@Service
public class UnitEditing {

	static final String UNIT = "UNIT";

	/** A unit with its version and how many plans it holds. */
	public record EditableUnit(long id, String code, String name, Long parentId, int version, int plans) {
	}

	/** A unit in the tree, with its units below it, and its depth (0 at the top). */
	public record UnitNode(EditableUnit unit, int depth, List<UnitNode> children) {

		public List<UnitNode> flatten() {
			List<UnitNode> all = new ArrayList<>();
			all.add(this);
			children.forEach(child -> all.addAll(child.flatten()));
			return all;
		}
	}

	private final JdbcClient db;

	private final Permissions permissions;

	private final AuditLog audit;

	UnitEditing(JdbcClient db, Permissions permissions, AuditLog audit) {
		this.db = db;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** Every unit, as a tree ordered by name at each level. */
	@Transactional(readOnly = true)
	public List<UnitNode> tree() {
		List<EditableUnit> all = all();
		Map<Long, List<EditableUnit>> byParent = new LinkedHashMap<>();
		for (EditableUnit unit : all) {
			byParent.computeIfAbsent(unit.parentId() == null ? 0L : unit.parentId(), k -> new ArrayList<>()).add(unit);
		}
		return nodes(0L, 0, byParent);
	}

	public Optional<EditableUnit> find(String code) {
		return all().stream().filter(unit -> unit.code().equals(code)).findFirst();
	}

	@Transactional
	public EditableUnit create(String code, String name, String parentCode) {
		permissions.requireAdmin();
		FieldChecks checks = new FieldChecks();
		String checkedCode = checks.text(code, "code", true, Limits.UNIT_CODE);
		if (checkedCode != null && !checks.has("code")) {
			if (!checkedCode.matches("[\\p{L}\\p{N}._-]+")) {
				checks.problem("code", "plan.edit.unit.code.characters");
			}
			else if (find(checkedCode).isPresent()) {
				checks.problem("code", "plan.edit.unit.code.taken", checkedCode);
			}
		}
		String checkedName = checks.text(name, "name", true, Limits.UNIT_NAME);
		EditableUnit parent = parent(parentCode, null, checks);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long id = db.sql("insert into unit (code, name, parent_id) values (:code, :name, :parent) returning id")
			.param("code", checkedCode)
			.param("name", checkedName)
			.param("parent", parent == null ? null : parent.id())
			.query(Long.class)
			.single();
		audit.record(new Change("CREATED", UNIT, id, null, null, checkedCode + " – " + checkedName, null, null,
				parent == null ? null : parent.code()));
		return find(checkedCode).orElseThrow();
	}

	/** Renames the unit and places it under another (or at the top); a unit cannot go under itself or its own units. */
	@Transactional
	public EditableUnit edit(String code, String name, String parentCode, int expectedVersion) {
		permissions.requireAdmin();
		EditableUnit current = find(code).orElseThrow(() -> new NotFound("plan.unit.not-found", code));
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		String checkedName = checks.text(name, "name", true, Limits.UNIT_NAME);
		EditableUnit parent = parent(parentCode, current, checks);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		Long parentId = parent == null ? null : parent.id();
		if (current.name().equals(checkedName) && Objects.equals(current.parentId(), parentId)) {
			return current;
		}
		int updated = db.sql("""
				update unit set name = :name, parent_id = :parent, version = version + 1
				where id = :id and version = :version
				""").param("name", checkedName).param("parent", parentId).param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(find(code).orElseThrow());
		}
		Map<Long, String> codes = new HashMap<>();
		all().forEach(unit -> codes.put(unit.id(), unit.code()));
		String label = code + " – " + checkedName;
		audit.record(List.of(Change.updated(UNIT, current.id(), null, null, label, "name", current.name(), checkedName),
				Change.updated(UNIT, current.id(), null, null, label, "parent",
						current.parentId() == null ? null : codes.get(current.parentId()), parent == null ? null : parent.code())));
		return find(code).orElseThrow();
	}

	private EditableUnit parent(String parentCode, EditableUnit self, FieldChecks checks) {
		String code = PlanDetailsEditing.blankToNull(parentCode);
		if (code == null) {
			return null;
		}
		Optional<EditableUnit> parent = find(code);
		if (parent.isEmpty()) {
			checks.problem("parentCode", "plan.edit.unit.unknown", code);
			return null;
		}
		if (self != null && isWithin(parent.get(), self)) {
			checks.problem("parentCode", "plan.edit.unit.cycle");
			return null;
		}
		return parent.get();
	}

	/** Whether {@code candidate} is {@code unit} or lies somewhere below it. */
	private boolean isWithin(EditableUnit candidate, EditableUnit unit) {
		Map<Long, EditableUnit> byId = new HashMap<>();
		all().forEach(u -> byId.put(u.id(), u));
		for (EditableUnit at = candidate; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
			if (at.id() == unit.id()) {
				return true;
			}
		}
		return false;
	}

	private List<EditableUnit> all() {
		return db.sql("""
				select u.id, u.code, u.name, u.parent_id, u.version,
				       (select count(*) from plan p where p.unit_id = u.id) as plans
				from unit u
				""").query((rs, n) -> {
			return new EditableUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getObject("parent_id", Long.class), rs.getInt("version"), rs.getInt("plans"));
		}).list();
	}

	private static List<UnitNode> nodes(long parent, int depth, Map<Long, List<EditableUnit>> byParent) {
		return byParent.getOrDefault(parent, List.of())
			.stream()
			.sorted(Comparator.comparing(EditableUnit::name, String.CASE_INSENSITIVE_ORDER))
			.map(unit -> new UnitNode(unit, depth, nodes(unit.id(), depth + 1, byParent)))
			.toList();
	}
}
