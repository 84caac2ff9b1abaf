package no.planspor.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.NewPlan.NewItem;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/** Creates whole plans: the importer's and the seed loader's way in. */
@Service
public class PlanWriter {

	private final JdbcClient db;

	private final Units units;

	private final AuditLog audit;

	PlanWriter(JdbcClient db, Units units, AuditLog audit) {
		this.db = db;
		this.units = units;
		this.audit = audit;
	}

	/**
	 * Writes the plan and everything in it, or nothing. Returns the new plan's id and the ids of its
	 * items by code, for callers that attach more to them (the importer's status updates).
	 */
	@Transactional
	public Created create(NewPlan plan) {
		if (db.sql("select count(*) from plan where code = :code").param("code", plan.code()).query(Long.class).single() > 0) {
			throw new Conflict("plan.exists", null, plan.code());
		}
		long unitId = units.findOrCreate(plan.unitCode(), plan.unitName());
		Long parentId = plan.parentCode() == null ? null
				: db.sql("select id from plan where code = :code")
					.param("code", plan.parentCode())
					.query(Long.class)
					.optional()
					.orElseThrow(() -> InvalidInput.of("$.parent", "plan.parent.unknown", plan.parentCode()));
		Adoption adoption = plan.adoption() == null ? new Adoption(null, null, null) : plan.adoption();
		long planId = db.sql("""
				insert into plan (code, kind, title, unit_id, period_from, period_to, parent_plan_id, status,
				                  adopted_on, adopted_by, adoption_note)
				values (:code, :kind, :title, :unit, :from, :to, :parent, :status, :on, :by, :note)
				returning id
				""")
			.param("code", plan.code())
			.param("kind", plan.kind().name())
			.param("title", plan.title())
			.param("unit", unitId)
			.param("from", plan.periodFrom())
			.param("to", plan.periodTo())
			.param("parent", parentId)
			.param("status", plan.status().name())
			.param("on", adoption.on())
			.param("by", adoption.by())
			.param("note", adoption.note())
			.query(Long.class)
			.single();

		for (int i = 0; i < plan.sections().size(); i++) {
			var section = plan.sections().get(i);
			db.sql("insert into plan_section (plan_id, position, heading, body) values (:plan, :pos, :heading, :body)")
				.param("plan", planId).param("pos", i).param("heading", section.heading()).param("body", section.body())
				.update();
		}
		for (int i = 0; i < plan.references().size(); i++) {
			var reference = plan.references().get(i);
			db.sql("insert into plan_reference (plan_id, position, title, url) values (:plan, :pos, :title, :url)")
				.param("plan", planId).param("pos", i).param("title", reference.title()).param("url", reference.url())
				.update();
		}
		Map<String, Long> parties = new HashMap<>();
		for (int i = 0; i < plan.parties().size(); i++) {
			var party = plan.parties().get(i);
			parties.put(party.code(), db.sql("""
					insert into party (plan_id, position, code, name, kind) values (:plan, :pos, :code, :name, :kind)
					returning id
					""").param("plan", planId).param("pos", i).param("code", party.code()).param("name", party.name())
				.param("kind", party.kind().name()).query(Long.class).single());
		}
		Map<String, Long> shortlists = new HashMap<>();
		for (int i = 0; i < plan.shortlists().size(); i++) {
			var shortlist = plan.shortlists().get(i);
			shortlists.put(shortlist.code(), db.sql("""
					insert into shortlist (plan_id, position, code, title) values (:plan, :pos, :code, :title)
					returning id
					""").param("plan", planId).param("pos", i).param("code", shortlist.code())
				.param("title", shortlist.title()).query(Long.class).single());
		}

		Map<String, Long> items = new HashMap<>();
		List<Runnable> links = new ArrayList<>();
		Map<String, Long> strategyItems = parentId == null ? Map.of() : itemIds(parentId);
		insertItems(planId, null, plan.items(), items, parties, shortlists, strategyItems, links);
		links.forEach(Runnable::run);

		audit.record(new Change("IMPORTED", "PLAN", planId, planId, null, plan.code() + " – " + plan.title(), null,
				null, items.size() + " items"));
		return new Created(planId, Map.copyOf(items));
	}

	/** The new plan's id, and its items' ids by code. */
	public record Created(long planId, Map<String, Long> itemIds) {
	}

	private void insertItems(long planId, Long parentId, List<NewItem> children, Map<String, Long> items,
			Map<String, Long> parties, Map<String, Long> shortlists, Map<String, Long> strategyItems,
			List<Runnable> links) {
		for (int position = 0; position < children.size(); position++) {
			NewItem item = children.get(position);
			long itemId = db.sql("""
					insert into plan_item (plan_id, parent_id, kind, code, title, text, deadline, comment, position)
					values (:plan, :parent, :kind, :code, :title, :text, :deadline, :comment, :pos)
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
				.param("pos", position)
				.query(Long.class)
				.single();
			items.put(item.code(), itemId);
			for (int i = 0; i < item.indicators().size(); i++) {
				Indicators.insert(db, itemId, i, item.indicators().get(i).text(), item.indicators().get(i).target());
			}
			for (int i = 0; i < item.responsible().size(); i++) {
				db.sql("insert into item_responsible (item_id, party_id, position) values (:item, :party, :pos)")
					.param("item", itemId).param("party", required(parties, item.responsible().get(i), "responsible"))
					.param("pos", i).update();
			}
			for (String shortlist : item.shortlists()) {
				db.sql("insert into item_shortlist (item_id, shortlist_id) values (:item, :shortlist)")
					.param("item", itemId).param("shortlist", required(shortlists, shortlist, "shortlists")).update();
			}
			for (int i = 0; i < item.strategyRefs().size(); i++) {
				link("item_strategy_ref", itemId, required(strategyItems, item.strategyRefs().get(i), "strategyRefs"), i);
			}
			// See-also may point forward in the plan, so those wait until every item exists.
			for (int i = 0; i < item.seeAlso().size(); i++) {
				String target = item.seeAlso().get(i);
				int pos = i;
				links.add(() -> link("item_see_also", itemId, required(items, target, "seeAlso"), pos));
			}
			insertItems(planId, itemId, item.children(), items, parties, shortlists, strategyItems, links);
		}
	}

	private void link(String table, long itemId, long targetId, int position) {
		db.sql("insert into " + table + " (item_id, target_item_id, position) values (:item, :target, :pos)")
			.param("item", itemId).param("target", targetId).param("pos", position).update();
	}

	private Map<String, Long> itemIds(long planId) {
		Map<String, Long> ids = new HashMap<>();
		db.sql("select code, id from plan_item where plan_id = :plan and archived_at is null")
			.param("plan", planId)
			.query(rs -> {
				ids.put(rs.getString("code"), rs.getLong("id"));
			});
		return ids;
	}

	/** The importer checks every code first; this guards callers that did not. */
	private static long required(Map<String, Long> ids, String code, String what) {
		Long id = ids.get(code);
		if (id == null) {
			throw new InvalidInput(List.of(Problem.of(what, "plan.code.unknown", code)));
		}
		return id;
	}
}
