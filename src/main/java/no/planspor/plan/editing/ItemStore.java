package no.planspor.plan.editing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Target;

/**
 * Every statement that writes a plan's items: plan_item, its link tables (item_responsible,
 * item_strategy_ref, item_see_also, item_shortlist) and indicator, with the few reads the writers need.
 * The editing services and the plan import both write through here, so a column added to an item is
 * written in one place. Whole plans are read by {@link no.planspor.plan.PlanReader}, the module's read
 * side.
 *
 * <p>Updates guarded by a version answer how many rows they changed: 0 means someone else wrote first.
 */
@Component
class ItemStore {

	/** The two tables that link an item to other items, each in the item's own order. */
	enum Link {

		/** Up to items of the parent strategy. */
		STRATEGY_REFS("item_strategy_ref"),
		/** To other items of the same plan ("se også"). */
		SEE_ALSO("item_see_also");

		private final String table;

		Link(String table) {
			this.table = table;
		}
	}

	/** An archived item's row, for finding what was archived together and restoring it. */
	record ArchivedRow(long id, Long parentId, ItemKind kind, String code, String title, String text,
			Instant archivedAt) {
	}

	private final JdbcClient db;

	ItemStore(JdbcClient db) {
		this.db = db;
	}

	// ---------------------------------------------------------------------------------------------
	// Items

	/** @throws org.springframework.dao.DuplicateKeyException when a live item of the plan has the code */
	long insert(long planId, Long parentId, ItemFields item, int position) {
		return db.sql("""
				insert into plan_item (plan_id, parent_id, kind, code, title, text, deadline, comment, position)
				values (:plan, :parent, :kind, :code, :title, :text, :deadline, :comment, :position)
				returning id
				""")
			.param("plan", planId)
			.param("parent", parentId)
			.param("kind", item.kind().name())
			.param("code", item.code())
			.param("title", item.title())
			.param("text", item.text())
			.param("deadline", item.deadline())
			.param("comment", item.comment())
			.param("position", position)
			.query(Long.class)
			.single();
	}

	/**
	 * Writes the item's own columns and moves its version on.
	 *
	 * @param position the new position among its siblings; null keeps it
	 * @throws org.springframework.dao.DuplicateKeyException when a live item of the plan has the code
	 */
	int update(long id, int version, Long parentId, ItemFields item, Integer position) {
		rememberFormerCode(id, version, item.code());
		return db.sql("""
				update plan_item set parent_id = :parent, kind = :kind, code = :code, title = :title,
				       text = :text, deadline = :deadline, comment = :comment,
				       position = coalesce(:position, position), version = version + 1
				where id = :id and version = :version and archived_at is null
				""")
			.param("parent", parentId)
			.param("kind", item.kind().name())
			.param("code", item.code())
			.param("title", item.title())
			.param("text", item.text())
			.param("deadline", item.deadline())
			.param("comment", item.comment())
			.param("position", position)
			.param("id", id)
			.param("version", version)
			.update();
	}

	/**
	 * Keeps the code the item is about to give up, so that its old address still leads to it: guarded
	 * by the same version as the update, so a lost race records nothing. The code the item takes back
	 * is no longer a former one.
	 */
	private void rememberFormerCode(long id, int version, String newCode) {
		db.sql("""
				insert into item_former_code (plan_id, code, item_id)
				select plan_id, code, id from plan_item
				where id = :id and version = :version and archived_at is null and code <> :code
				on conflict (plan_id, code) do update set item_id = excluded.item_id
				""").param("id", id).param("version", version).param("code", newCode).update();
		db.sql("delete from item_former_code where item_id = :id and code = :code")
			.param("id", id)
			.param("code", newCode)
			.update();
	}

	int moveUnder(long id, int version, Long parentId) {
		return db.sql("""
				update plan_item set parent_id = :parent, version = version + 1
				where id = :id and version = :version and archived_at is null
				""").param("parent", parentId).param("id", id).param("version", version).update();
	}

	/** Registers a change to the item's own document (its indicators, its parties), guarded by its version. */
	int bump(long id, int version) {
		return db.sql("update plan_item set version = version + 1 where id = :id and version = :version and archived_at is null")
			.param("id", id)
			.param("version", version)
			.update();
	}

	/** As {@link #bump(long, int)}, for a change made under the plan's lock that no form of the item raced. */
	void bump(long id) {
		db.sql("update plan_item set version = version + 1 where id = :id").param("id", id).update();
	}

	/**
	 * Positions are not among the fields a person edits on an item, so renumbering the siblings leaves
	 * their versions alone: a form open on a neighbour stays valid.
	 */
	void renumber(List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			db.sql("update plan_item set position = :pos where id = :id").param("pos", i).param("id", ids.get(i)).update();
		}
	}

	/** The codes of the plan's live items, by id. */
	Map<Long, String> liveCodes(long planId) {
		Map<Long, String> codes = new HashMap<>();
		db.sql("select id, code from plan_item where plan_id = :plan and archived_at is null")
			.param("plan", planId)
			.query(rs -> {
				codes.put(rs.getLong("id"), rs.getString("code"));
			});
		return codes;
	}

	/** The ids of a plan's live items, by code: what a strategy reference names. */
	Map<String, Long> liveItemIds(String planCode) {
		Map<String, Long> ids = new HashMap<>();
		db.sql("""
				select i.code, i.id from plan_item i join plan p on p.id = i.plan_id
				where p.code = :code and i.archived_at is null
				""").param("code", planCode).query(rs -> {
			ids.put(rs.getString("code"), rs.getLong("id"));
		});
		return ids;
	}

	// ---------------------------------------------------------------------------------------------
	// Archive

	/** Archives the item itself, guarded by its version. */
	int archive(long id, int version) {
		return db.sql("""
				update plan_item set archived_at = now(), version = version + 1
				where id = :id and version = :version and archived_at is null
				""").param("id", id).param("version", version).update();
	}

	/**
	 * Archives the items below one just archived, with the same moment (the transaction's), which is how
	 * {@link #archived} finds them together again; and their indicators with them.
	 */
	void archiveWith(List<Long> ids, long rootId) {
		if (ids.size() > 1) {
			db.sql("""
					update plan_item set archived_at = now(), version = version + 1
					where id in (:ids) and id <> :id and archived_at is null
					""").param("ids", ids).param("id", rootId).update();
		}
		db.sql("update indicator set archived_at = now(), version = version + 1 where item_id in (:ids) and archived_at is null")
			.param("ids", ids)
			.update();
	}

	/** The plan's archived items, in plan order. */
	List<ArchivedRow> archived(long planId) {
		return db.sql("""
				select id, parent_id, kind, code, title, text, archived_at from plan_item
				where plan_id = :plan and archived_at is not null order by position, id
				""").param("plan", planId).query((rs, n) -> {
			return new ArchivedRow(rs.getLong("id"), rs.getObject("parent_id", Long.class), ItemKind.valueOf(rs.getString("kind")),
					rs.getString("code"), rs.getString("title"), rs.getString("text"),
					rs.getTimestamp("archived_at").toInstant());
		}).list();
	}

	/** Brings the items back, with the indicators that were archived with them (not those deleted before). */
	void restore(List<Long> ids, Instant archivedAt) {
		db.sql("update plan_item set archived_at = null, version = version + 1 where id in (:ids)").param("ids", ids).update();
		db.sql("""
				update indicator set archived_at = null, version = version + 1
				where item_id in (:ids) and archived_at = :at
				""").param("ids", ids).param("at", Timestamp.from(archivedAt)).update();
	}

	// ---------------------------------------------------------------------------------------------
	// Links

	void addResponsible(long itemId, List<Long> partyIds) {
		for (int i = 0; i < partyIds.size(); i++) {
			db.sql("insert into item_responsible (item_id, party_id, position) values (:item, :party, :pos)")
				.param("item", itemId)
				.param("party", partyIds.get(i))
				.param("pos", i)
				.update();
		}
	}

	void replaceResponsible(long itemId, List<Long> partyIds) {
		db.sql("delete from item_responsible where item_id = :item").param("item", itemId).update();
		addResponsible(itemId, partyIds);
	}

	/** The codes of the live items each party answers for, in plan order, by party id. */
	Map<Long, List<String>> itemsByParty(long planId) {
		Map<Long, List<String>> items = new LinkedHashMap<>();
		db.sql("""
				select r.party_id, i.code from item_responsible r
				join plan_item i on i.id = r.item_id and i.archived_at is null
				where i.plan_id = :plan order by i.position, i.id
				""").param("plan", planId).query(rs -> {
			items.computeIfAbsent(rs.getLong("party_id"), k -> new ArrayList<>()).add(rs.getString("code"));
		});
		return items;
	}

	/** Links the item to these items, in this order; a link kept from before takes its new place. */
	void link(Link link, long itemId, List<Long> targetIds) {
		for (int i = 0; i < targetIds.size(); i++) {
			db.sql("""
					insert into %s (item_id, target_item_id, position) values (:item, :target, :pos)
					on conflict (item_id, target_item_id) do update set position = excluded.position
					""".formatted(link.table))
				.param("item", itemId)
				.param("target", targetIds.get(i))
				.param("pos", i)
				.update();
		}
	}

	/** Links to archived items stay, so that restoring those brings the links back. */
	void clearLiveLinks(Link link, long itemId) {
		db.sql("""
				delete from %s r where r.item_id = :item
				and exists (select 1 from plan_item t where t.id = r.target_item_id and t.archived_at is null)
				""".formatted(link.table)).param("item", itemId).update();
	}

	/** How many of the plan's live items link up to live items of a strategy. */
	int linkedToStrategy(long planId) {
		return db.sql("""
				select count(distinct r.item_id) from item_strategy_ref r
				join plan_item i on i.id = r.item_id and i.archived_at is null
				join plan_item t on t.id = r.target_item_id and t.archived_at is null
				where i.plan_id = :plan
				""").param("plan", planId).query(Integer.class).single();
	}

	/** Puts the item on the shortlist; nothing happens if it is on it. */
	void putOn(long itemId, long shortlistId) {
		db.sql("insert into item_shortlist (item_id, shortlist_id) values (:item, :list) on conflict do nothing")
			.param("item", itemId)
			.param("list", shortlistId)
			.update();
	}

	/** How many live items are on each of the plan's shortlists, by shortlist id; empty lists are absent. */
	Map<Long, Integer> countsOnShortlists(long planId) {
		Map<Long, Integer> counts = new HashMap<>();
		db.sql("""
				select s.shortlist_id, count(*) as items from item_shortlist s
				join plan_item i on i.id = s.item_id and i.archived_at is null
				where i.plan_id = :plan group by s.shortlist_id
				""").param("plan", planId).query(rs -> {
			counts.put(rs.getLong("shortlist_id"), rs.getInt("items"));
		});
		return counts;
	}

	void takeOff(long itemId, long shortlistId) {
		db.sql("delete from item_shortlist where item_id = :item and shortlist_id = :list")
			.param("item", itemId)
			.param("list", shortlistId)
			.update();
	}

	// ---------------------------------------------------------------------------------------------
	// Indicators

	/** A new indicator, with the target spread over its columns. */
	long addIndicator(long itemId, int position, String text, Target target) {
		return db.sql("""
				insert into indicator (item_id, position, text, target_kind, target_value, target_unit, target_per,
				                       baseline_value, baseline_as_of, target_due)
				values (:item, :pos, :text, :kind, :value, :unit, :per, :baseValue, :baseAsOf, :due)
				returning id
				""")
			.param("item", itemId)
			.param("pos", position)
			.param("text", text)
			.param("kind", target == null ? null : target.kind().name())
			.param("value", target == null ? null : target.value())
			.param("unit", target == null ? null : target.unit())
			.param("per", target == null || target.per() == null ? null : target.per().name())
			.param("baseValue", target == null || target.baseline() == null ? null : target.baseline().value())
			.param("baseAsOf", target == null || target.baseline() == null ? null : target.baseline().asOf())
			.param("due", target == null ? null : target.due())
			.query(Long.class)
			.single();
	}

	/** The position after the item's last live indicator. */
	int nextIndicatorPosition(long itemId) {
		return db.sql("select coalesce(max(position) + 1, 0) from indicator where item_id = :item and archived_at is null")
			.param("item", itemId)
			.query(Integer.class)
			.single();
	}

	int editIndicator(long id, int version, String text) {
		return db.sql("""
				update indicator set text = :text, version = version + 1
				where id = :id and version = :version and archived_at is null
				""").param("text", text).param("id", id).param("version", version).update();
	}

	/** Sets or (with null) clears the target. */
	int setTarget(long id, int version, Target target) {
		return db.sql("""
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
			.param("id", id)
			.param("version", version)
			.update();
	}

	void archiveIndicators(List<Long> ids) {
		db.sql("update indicator set archived_at = now(), version = version + 1 where id in (:ids)").param("ids", ids).update();
	}

	void renumberIndicators(List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			db.sql("update indicator set position = :pos where id = :id").param("pos", i).param("id", ids.get(i)).update();
		}
	}
}
