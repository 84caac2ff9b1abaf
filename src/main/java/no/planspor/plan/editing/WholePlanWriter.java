package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.audit.Change;
import no.planspor.plan.Adoption;
import no.planspor.plan.NewPlan;
import no.planspor.plan.NewPlan.NewIndicator;
import no.planspor.plan.NewPlan.NewItem;
import no.planspor.plan.PlanWriter;
import no.planspor.plan.Units;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/** Creates whole plans in one go, writing their items through the same {@link ItemStore} as every edit. */
@Service
class WholePlanWriter implements PlanWriter {

	private final JdbcClient db;

	private final Units units;

	private final ItemStore items;

	private final AuditLog audit;

	WholePlanWriter(JdbcClient db, Units units, ItemStore items, AuditLog audit) {
		this.db = db;
		this.units = units;
		this.items = items;
		this.audit = audit;
	}

	@Override
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

		Links links = new Links(parties, shortlists,
				plan.parentCode() == null ? Map.of() : items.liveItemIds(plan.parentCode()));
		insertItems(planId, null, plan.items(), links);
		links.seeAlso().forEach(Runnable::run);

		audit.record(new Change("IMPORTED", "PLAN", planId, planId, null, plan.code() + " – " + plan.title(), null,
				null, AuditValue.of(PlanAuditWords.IMPORTED, links.items().size()).text()));
		return new Created(planId, Map.copyOf(links.items()));
	}

	@Override
	@Transactional
	public void recordOrigins(long planId, long originPlanId, Map<Long, Long> originItemIds) {
		db.sql("update plan set origin_plan_id = :origin where id = :id")
			.param("origin", originPlanId)
			.param("id", planId)
			.update();
		// Only items of this plan, and only from items of the origin: a caller's mistake links nothing astray.
		originItemIds.forEach((itemId, originId) -> db.sql("""
				update plan_item set origin_item_id = :origin
				where id = :id and plan_id = :plan
				  and exists (select 1 from plan_item o where o.id = :origin and o.plan_id = :originPlan)
				""")
			.param("origin", originId)
			.param("id", itemId)
			.param("plan", planId)
			.param("originPlan", originPlanId)
			.update());
	}

	/** What the items' codes name, and the see-also links that wait until every item exists. */
	private record Links(Map<String, Long> parties, Map<String, Long> shortlists, Map<String, Long> strategyItems,
			Map<String, Long> items, List<Runnable> seeAlso) {

		Links(Map<String, Long> parties, Map<String, Long> shortlists, Map<String, Long> strategyItems) {
			this(parties, shortlists, strategyItems, new HashMap<>(), new ArrayList<>());
		}
	}

	private void insertItems(long planId, Long parentId, List<NewItem> children, Links links) {
		for (int position = 0; position < children.size(); position++) {
			NewItem item = children.get(position);
			long itemId = items.insert(planId, parentId, item.fields(), position);
			links.items().put(item.fields().code(), itemId);
			for (int i = 0; i < item.indicators().size(); i++) {
				NewIndicator indicator = item.indicators().get(i);
				items.addIndicator(itemId, i, indicator.text(), indicator.target());
			}
			items.addResponsible(itemId, ids(links.parties(), item.fields().responsible(), "responsible"));
			for (Long shortlist : ids(links.shortlists(), item.shortlists(), "shortlists")) {
				items.putOn(itemId, shortlist);
			}
			items.link(ItemStore.Link.STRATEGY_REFS, itemId,
					ids(links.strategyItems(), item.fields().strategyRefs(), "strategyRefs"));
			// See-also may point forward in the plan, so those wait until every item exists.
			List<String> seeAlso = item.fields().seeAlso();
			links.seeAlso().add(() -> items.link(ItemStore.Link.SEE_ALSO, itemId, ids(links.items(), seeAlso, "seeAlso")));
			insertItems(planId, itemId, item.children(), links);
		}
	}

	/** The importer checks every code first; this guards callers that did not. */
	private static List<Long> ids(Map<String, Long> ids, List<String> codes, String what) {
		List<Long> found = new ArrayList<>();
		for (String code : codes) {
			Long id = ids.get(code);
			if (id == null) {
				throw new InvalidInput(List.of(Problem.of(what, "plan.code.unknown", code)));
			}
			found.add(id);
		}
		return found;
	}
}
