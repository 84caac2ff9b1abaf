package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.ItemCodes;
import no.planspor.plan.Limits;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.plan.Shortlists;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * The plan's shortlists and what is on them, as {@link Shortlists} describes. Marks on items are
 * written through {@link ItemStore}; the shortlists' own rows here.
 */
@Service
class ShortlistEditing implements Shortlists {

	private final PlanReader plans;

	private final Permissions permissions;

	private final AuditLog audit;

	private final ItemStore items;

	private final JdbcClient db;

	ShortlistEditing(PlanReader plans, Permissions permissions, AuditLog audit, ItemStore items, JdbcClient db) {
		this.plans = plans;
		this.permissions = permissions;
		this.audit = audit;
		this.items = items;
		this.db = db;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Summary> of(String planCode) {
		return summaries(plans.get(planCode).id());
	}

	@Override
	@Transactional(readOnly = true)
	public Summary get(String planCode, String shortlistCode) {
		Plan plan = plans.get(planCode);
		return find(plan, shortlistCode);
	}

	@Override
	@Transactional
	public Summary create(String planCode, String code, String title) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		String cleanCode = clean(code);
		String cleanTitle = clean(title);
		List<Problem> problems = check(cleanCode, cleanTitle);
		if (codeValid(problems) && codeTaken(plan.id(), cleanCode, null)) {
			problems.add(0, Problem.of("code", "shortlist.code.taken", cleanCode));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id;
		try {
			id = db.sql("""
					insert into shortlist (plan_id, position, code, title)
					values (:plan, (select coalesce(max(position) + 1, 0) from shortlist where plan_id = :plan), :code, :title)
					returning id
					""").param("plan", plan.id()).param("code", cleanCode).param("title", cleanTitle).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			// Someone created the same code between our check and our insert.
			throw InvalidInput.of("code", "shortlist.code.taken", cleanCode);
		}
		audit.record(new Change("CREATED", "SHORTLIST", id, plan.id(), null, cleanTitle, null, null,
				cleanCode + " – " + cleanTitle));
		return new Summary(new Shortlist(id, cleanCode, cleanTitle), 0, 0);
	}

	@Override
	@Transactional
	public Summary rename(String planCode, String shortlistCode, String code, String title, int expectedVersion) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		Summary current = find(plan, shortlistCode);
		String cleanCode = clean(code);
		String cleanTitle = clean(title);
		List<Problem> problems = check(cleanCode, cleanTitle);
		if (codeValid(problems) && codeTaken(plan.id(), cleanCode, current.shortlist().id())) {
			problems.add(0, Problem.of("code", "shortlist.code.taken", cleanCode));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		int updated;
		try {
			updated = db.sql("""
					update shortlist set code = :code, title = :title, version = version + 1
					where id = :id and version = :version
					""")
				.param("code", cleanCode)
				.param("title", cleanTitle)
				.param("id", current.shortlist().id())
				.param("version", expectedVersion)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("code", "shortlist.code.taken", cleanCode);
		}
		if (updated == 0) {
			throw Conflict.staleVersion(current);
		}
		long id = current.shortlist().id();
		audit.record(List.of(
				Change.updated("SHORTLIST", id, plan.id(), null, cleanTitle, "code", current.code(), cleanCode),
				Change.updated("SHORTLIST", id, plan.id(), null, cleanTitle, "title", current.title(), cleanTitle)));
		return new Summary(new Shortlist(id, cleanCode, cleanTitle), current.version() + 1, current.items());
	}

	@Override
	@Transactional
	public void delete(String planCode, String shortlistCode, int expectedVersion) {
		PlanTree tree = plans.tree(planCode);
		Plan plan = tree.plan();
		permissions.requireEditPlansOf(plan.unit().id());
		Summary current = find(plan, shortlistCode);
		long id = current.shortlist().id();
		// Lock first, so that the items we record as leaving are exactly those the delete removes.
		int locked = db.sql("update shortlist set version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (locked == 0) {
			throw Conflict.staleVersion(current);
		}
		List<PlanItem> members = tree.allItems().filter(item -> item.isOn(current.code())).toList();
		List<Change> changes = new ArrayList<>();
		for (PlanItem item : members) {
			changes.add(membershipChange(plan, item, codes(item.shortlists()),
					codes(item.shortlists().stream().filter(s -> s.id() != id).toList())));
		}
		changes.add(new Change("DELETED", "SHORTLIST", id, plan.id(), null, current.title(), null,
				current.code() + " – " + current.title() + itemList(members), null));
		db.sql("delete from shortlist where id = :id").param("id", id).update();
		audit.record(changes);
	}

	@Override
	@Transactional
	public void putOn(String planCode, String shortlistCode, String itemCode) {
		mark(planCode, shortlistCode, itemCode, true);
	}

	@Override
	@Transactional
	public void takeOff(String planCode, String shortlistCode, String itemCode) {
		mark(planCode, shortlistCode, itemCode, false);
	}

	@Override
	@Transactional
	public Summary setItems(String planCode, String shortlistCode, Collection<String> itemCodes, int expectedVersion) {
		PlanTree tree = plans.tree(planCode);
		Plan plan = tree.plan();
		permissions.requireEditPlansOf(plan.unit().id());
		Summary current = find(plan, shortlistCode);
		Map<String, PlanItem> byCode = tree.allItems().collect(Collectors.toMap(PlanItem::code, item -> item));
		Set<String> wanted = new LinkedHashSet<>(itemCodes);
		List<Problem> problems = new ArrayList<>();
		for (String code : wanted) {
			if (!byCode.containsKey(code)) {
				problems.add(Problem.of("items", "shortlist.item.unknown", code));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id = current.shortlist().id();
		int locked = db.sql("update shortlist set version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (locked == 0) {
			throw Conflict.staleVersion(current);
		}
		List<Change> changes = new ArrayList<>();
		for (PlanItem item : tree.allItems().toList()) {
			boolean on = item.isOn(current.code());
			boolean shouldBe = wanted.contains(item.code());
			if (on == shouldBe) {
				continue;
			}
			write(item.id(), id, shouldBe);
			changes.add(membershipChange(plan, item, codes(item.shortlists()), after(item, current.shortlist(), shouldBe)));
		}
		audit.record(changes);
		return new Summary(current.shortlist(), current.version() + 1, wanted.size());
	}

	private void mark(String planCode, String shortlistCode, String itemCode, boolean on) {
		PlanTree tree = plans.tree(planCode);
		Plan plan = tree.plan();
		permissions.requireEditPlansOf(plan.unit().id());
		Summary current = find(plan, shortlistCode);
		PlanItem item = tree.requireItem(itemCode);
		if (item.isOn(current.code()) == on) {
			return;
		}
		write(item.id(), current.shortlist().id(), on);
		db.sql("update shortlist set version = version + 1 where id = :id").param("id", current.shortlist().id()).update();
		audit.record(membershipChange(plan, item, codes(item.shortlists()), after(item, current.shortlist(), on)));
	}

	private void write(long itemId, long shortlistId, boolean on) {
		if (on) {
			items.putOn(itemId, shortlistId);
		}
		else {
			items.takeOff(itemId, shortlistId);
		}
	}

	/** Recorded on the item, so that its history tab tells when it came on or went off a list. */
	private static Change membershipChange(Plan plan, PlanItem item, String before, String after) {
		return Change.updated(ItemChanges.ITEM, item.id(), plan.id(), item.id(), item.code() + " – " + item.label(), "shortlists",
				before, after);
	}

	private static String after(PlanItem item, Shortlist list, boolean on) {
		List<Shortlist> lists = new ArrayList<>(item.shortlists().stream().filter(s -> s.id() != list.id()).toList());
		if (on) {
			lists.add(list);
		}
		return codes(lists);
	}

	/** The codes as the audit log shows them; null for none, so that "on none" reads as empty. */
	private static String codes(List<Shortlist> lists) {
		return lists.isEmpty() ? null : lists.stream().map(Shortlist::code).collect(Collectors.joining(", "));
	}

	private static String itemList(List<PlanItem> items) {
		return items.isEmpty() ? "" : " (" + items.stream().map(PlanItem::code).collect(Collectors.joining(", ")) + ")";
	}

	private Summary find(Plan plan, String shortlistCode) {
		return summaries(plan.id()).stream()
			.filter(s -> s.code().equals(shortlistCode))
			.findFirst()
			.orElseThrow(() -> new NotFound("shortlist.not-found", plan.code(), shortlistCode));
	}

	/** With how many live items each has: the lists in one statement, the items on them in another. */
	private List<Summary> summaries(long planId) {
		Map<Long, Integer> counts = items.countsOnShortlists(planId);
		return db.sql("select id, code, title, version from shortlist where plan_id = :plan order by position, id")
			.param("plan", planId)
			.query((rs, n) -> new Summary(new Shortlist(rs.getLong("id"), rs.getString("code"), rs.getString("title")),
					rs.getInt("version"), counts.getOrDefault(rs.getLong("id"), 0)))
			.list();
	}

	private boolean codeTaken(long planId, String code, Long except) {
		return db.sql("select count(*) from shortlist where plan_id = :plan and code = :code and id <> :except")
			.param("plan", planId)
			.param("code", code)
			.param("except", except == null ? -1L : except)
			.query(Long.class)
			.single() > 0;
	}

	private static boolean codeValid(List<Problem> problems) {
		return problems.stream().noneMatch(problem -> problem.path().equals("code"));
	}

	private static List<Problem> check(String code, String title) {
		List<Problem> problems = new ArrayList<>();
		if (code.isEmpty()) {
			problems.add(Problem.of("code", "shortlist.code.required"));
		}
		else if (code.length() > Limits.SHORTLIST_CODE) {
			problems.add(Problem.of("code", "shortlist.code.too-long", code.length(), Limits.SHORTLIST_CODE));
		}
		else if (!ItemCodes.fitsInAddress(code)) {
			// The code is the last segment of the shortlist page's address.
			problems.add(Problem.of("code", "shortlist.code.characters"));
		}
		if (title.isEmpty()) {
			problems.add(Problem.of("title", "shortlist.title.required"));
		}
		else if (title.length() > Limits.SHORTLIST_TITLE) {
			problems.add(Problem.of("title", "shortlist.title.too-long", title.length(), Limits.SHORTLIST_TITLE));
		}
		return problems;
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
