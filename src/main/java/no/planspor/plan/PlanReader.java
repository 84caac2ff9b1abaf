package no.planspor.plan;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.shared.NotFound;

/**
 * Reads plans. A whole plan is loaded with a fixed number of statements, one per table, however
 * large it is: pages and exports stay fast as plans grow.
 */
@Service
@Transactional(readOnly = true)
public class PlanReader {

	private static final String PLAN_COLUMNS = """
			p.id, p.code, p.kind, p.title, p.period_from, p.period_to, p.status, p.adopted_on, p.adopted_by,
			p.adoption_note, p.version, u.id as unit_id, u.code as unit_code, u.name as unit_name,
			u.parent_id as unit_parent_id, pp.code as parent_code, pp.title as parent_title,
			op.code as origin_code, op.title as origin_title
			from plan p
			join unit u on u.id = p.unit_id
			left join plan pp on pp.id = p.parent_plan_id
			left join plan op on op.id = p.origin_plan_id
			""";

	private final JdbcClient db;

	PlanReader(JdbcClient db) {
		this.db = db;
	}

	/** Every plan, strategies first, then by unit and period. */
	public List<PlanSummary> catalogue() {
		return db.sql("select " + PLAN_COLUMNS + " order by p.kind desc, u.name, p.period_from desc, p.title")
			.query((rs, n) -> {
				Plan plan = plan(rs);
				return new PlanSummary(plan.code(), plan.title(), plan.kind(), plan.unit(), plan.periodFrom(),
						plan.periodTo(), plan.status(), plan.parentCode());
			})
			.list();
	}

	public Optional<Plan> find(String code) {
		return db.sql("select " + PLAN_COLUMNS + " where p.code = :code").param("code", code).query((rs, n) -> plan(rs)).optional();
	}

	public Plan get(String code) {
		return find(code).orElseThrow(() -> new NotFound("plan.not-found", code));
	}

	/** Whether any plan is stored at all (the seed plans load only into an empty database). */
	public boolean any() {
		return db.sql("select exists (select 1 from plan)").query(Boolean.class).single();
	}

	public boolean exists(String code) {
		return db.sql("select count(*) from plan where code = :code").param("code", code).query(Long.class).single() > 0;
	}

	/** The whole plan. Archived (deleted) items are left out. */
	public PlanTree tree(String code) {
		Plan plan = get(code);
		long planId = plan.id();
		List<Section> sections = db.sql("select id, heading, body from plan_section where plan_id = :plan order by position")
			.param("plan", planId)
			.query((rs, n) -> new Section(rs.getLong("id"), rs.getString("heading"), rs.getString("body")))
			.list();
		List<Reference> references = db.sql("select title, url from plan_reference where plan_id = :plan order by position")
			.param("plan", planId)
			.query((rs, n) -> new Reference(rs.getString("title"), rs.getString("url")))
			.list();
		List<Party> parties = parties(planId);
		List<Shortlist> shortlists = db
			.sql("select id, code, title from shortlist where plan_id = :plan order by position")
			.param("plan", planId)
			.query((rs, n) -> new Shortlist(rs.getLong("id"), rs.getString("code"), rs.getString("title")))
			.list();
		return new PlanTree(plan, sections, references, parties, shortlists, items(planId, parties, shortlists));
	}

	public List<Party> parties(long planId) {
		return db.sql("select id, code, name, kind from party where plan_id = :plan order by position")
			.param("plan", planId)
			.query((rs, n) -> new Party(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					PartyKind.valueOf(rs.getString("kind"))))
			.list();
	}

	/** Every item, in any plan, that links up to this strategy item. */
	public List<LinkingItem> linkingTo(long strategyItemId) {
		return db.sql("""
				select i.id, i.code, i.kind, i.title, i.text, p.code as plan_code, p.title as plan_title, u.name as unit_name
				from item_strategy_ref r
				join plan_item i on i.id = r.item_id and i.archived_at is null
				join plan p on p.id = i.plan_id
				join unit u on u.id = p.unit_id
				where r.target_item_id = :target
				order by u.name, p.code, i.plan_id, i.position, i.id
				""")
			.param("target", strategyItemId)
			.query((rs, n) -> new LinkingItem(new ItemRef(rs.getLong("id"), rs.getString("plan_code"),
					rs.getString("code"), ItemKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("text")), rs.getString("plan_title"), rs.getString("unit_name")))
			.list();
	}

	/** The plans made from this one, oldest first. */
	public List<Plan> copiesOf(long planId) {
		return db.sql("select code from plan where origin_plan_id = :id order by id")
			.param("id", planId)
			.query(String.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/** The item this one was copied from into its plan, while that item is live. */
	public Optional<ItemRef> originOfItem(long itemId) {
		return db.sql("""
				select o.id, op.code as plan_code, o.code, o.kind, o.title, o.text
				from plan_item i
				join plan_item o on o.id = i.origin_item_id and o.archived_at is null
				join plan op on op.id = o.plan_id
				where i.id = :id
				""").param("id", itemId).query((rs, n) -> itemRef(rs)).optional();
	}

	/** The live items copied from this one into later plans, oldest first. */
	public List<ItemRef> copiesOfItem(long itemId) {
		return db.sql("""
				select c.id, cp.code as plan_code, c.code, c.kind, c.title, c.text
				from plan_item c
				join plan cp on cp.id = c.plan_id
				where c.origin_item_id = :id and c.archived_at is null
				order by c.id
				""").param("id", itemId).query((rs, n) -> itemRef(rs)).list();
	}

	private static ItemRef itemRef(ResultSet rs) throws SQLException {
		return new ItemRef(rs.getLong("id"), rs.getString("plan_code"), rs.getString("code"),
				ItemKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("text"));
	}

	/** The live indicators of these items, by item id, in plan order: one statement for any number of items. */
	public Map<Long, List<Indicator>> indicatorsOf(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return indicators("where x.item_id in (:items) and x.archived_at is null", "items", itemIds);
	}

	private Map<Long, List<Indicator>> indicators(String where, String name, Object value) {
		Map<Long, List<Indicator>> indicators = new LinkedHashMap<>();
		db.sql("""
				select x.id, x.item_id, x.text, x.target_kind, x.target_value, x.target_unit, x.target_per,
				       x.baseline_value, x.baseline_as_of, x.target_due, x.version
				from indicator x
				""" + where + " order by x.item_id, x.position, x.id").param(name, value).query((ResultSet rs) -> {
			long itemId = rs.getLong("item_id");
			List<Indicator> list = indicators.computeIfAbsent(itemId, id -> new ArrayList<>());
			list.add(new Indicator(rs.getLong("id"), itemId, list.size() + 1, rs.getString("text"), target(rs),
					rs.getInt("version")));
		});
		return indicators;
	}

	/** An item of another plan that links to a strategy item, with the plan it stands in. */
	public record LinkingItem(ItemRef item, String planTitle, String unitName) {
	}

	/**
	 * For every item of a strategy, how many items of each plan link up to it, by kind. One statement
	 * for the whole strategy, so the strategy's page costs the same however many plans build on it.
	 *
	 * @return the counts by strategy item id, each list ordered by unit and plan; items nobody links to are absent
	 */
	public Map<Long, List<LinkCount>> linkCounts(long strategyPlanId) {
		Map<Long, List<LinkCount>> counts = new LinkedHashMap<>();
		db.sql("""
				select r.target_item_id, p.code as plan_code, p.title as plan_title, u.code as unit_code,
				       u.name as unit_name,
				       count(*) filter (where i.kind = 'GOAL') as goals,
				       count(*) filter (where i.kind = 'SUBGOAL') as subgoals,
				       count(*) filter (where i.kind = 'MEASURE') as measures
				from item_strategy_ref r
				join plan_item t on t.id = r.target_item_id
				join plan_item i on i.id = r.item_id and i.archived_at is null
				join plan p on p.id = i.plan_id
				join unit u on u.id = p.unit_id
				where t.plan_id = :plan
				group by r.target_item_id, p.code, p.title, u.code, u.name
				order by r.target_item_id, u.name, p.code
				""").param("plan", strategyPlanId).query((ResultSet rs) -> {
			counts.computeIfAbsent(rs.getLong("target_item_id"), id -> new ArrayList<>())
				.add(new LinkCount(rs.getString("plan_code"), rs.getString("plan_title"), rs.getString("unit_code"),
						rs.getString("unit_name"), rs.getInt("goals"), rs.getInt("subgoals"), rs.getInt("measures")));
		});
		return counts;
	}

	/** How many goals, sub-goals and measures of one plan link up to one strategy item. */
	public record LinkCount(String planCode, String planTitle, String unitCode, String unitName, int goals,
			int subgoals, int measures) {
	}

	private List<PlanItem> items(long planId, List<Party> parties, List<Shortlist> shortlists) {
		Map<Long, Party> partyById = parties.stream().collect(Collectors.toMap(Party::id, Function.identity()));
		Map<Long, Shortlist> shortlistById = shortlists.stream()
			.collect(Collectors.toMap(Shortlist::id, Function.identity()));

		List<ItemRow> rows = db.sql("""
				select id, parent_id, kind, code, title, text, deadline, comment, version
				from plan_item where plan_id = :plan and archived_at is null
				order by position, id
				""").param("plan", planId).query(this::itemRow).list();

		Map<Long, List<Indicator>> indicators = indicators(
				"join plan_item i on i.id = x.item_id where i.plan_id = :plan and x.archived_at is null", "plan",
				planId);

		Map<Long, List<Party>> responsible = new LinkedHashMap<>();
		db.sql("""
				select r.item_id, r.party_id from item_responsible r join plan_item i on i.id = r.item_id
				where i.plan_id = :plan order by r.item_id, r.position
				""").param("plan", planId).query((ResultSet rs) -> {
			responsible.computeIfAbsent(rs.getLong("item_id"), id -> new ArrayList<>())
				.add(partyById.get(rs.getLong("party_id")));
		});

		Map<Long, List<ItemRef>> strategyRefs = refs("item_strategy_ref", planId);
		Map<Long, List<ItemRef>> seeAlso = refs("item_see_also", planId);

		Map<Long, List<Shortlist>> onShortlists = new LinkedHashMap<>();
		db.sql("""
				select s.item_id, s.shortlist_id from item_shortlist s join plan_item i on i.id = s.item_id
				join shortlist l on l.id = s.shortlist_id
				where i.plan_id = :plan order by s.item_id, l.position
				""").param("plan", planId).query((ResultSet rs) -> {
			onShortlists.computeIfAbsent(rs.getLong("item_id"), id -> new ArrayList<>())
				.add(shortlistById.get(rs.getLong("shortlist_id")));
		});

		return ItemRow.assemble(rows, indicators, responsible, strategyRefs, seeAlso, onShortlists);
	}

	private Map<Long, List<ItemRef>> refs(String table, long planId) {
		Map<Long, List<ItemRef>> refs = new LinkedHashMap<>();
		db.sql("""
				select r.item_id, t.id, tp.code as plan_code, t.code, t.kind, t.title, t.text
				from %s r
				join plan_item i on i.id = r.item_id
				join plan_item t on t.id = r.target_item_id and t.archived_at is null
				join plan tp on tp.id = t.plan_id
				where i.plan_id = :plan order by r.item_id, r.position
				""".formatted(table)).param("plan", planId).query((ResultSet rs) -> {
			refs.computeIfAbsent(rs.getLong("item_id"), id -> new ArrayList<>())
				.add(new ItemRef(rs.getLong("id"), rs.getString("plan_code"), rs.getString("code"),
						ItemKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("text")));
		});
		return refs;
	}

	private ItemRow itemRow(ResultSet rs, int n) throws SQLException {
		// Read as an object: wasNull() after another getter would answer for that other column (a goal got parent 0).
		Long parent = rs.getObject("parent_id", Long.class);
		return new ItemRow(rs.getLong("id"), parent, ItemKind.valueOf(rs.getString("kind")),
				rs.getString("code"), rs.getString("title"), rs.getString("text"), date(rs, "deadline"),
				rs.getString("comment"), rs.getInt("version"));
	}

	private Plan plan(ResultSet rs) throws SQLException {
		Unit unit = new Unit(rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getObject("unit_parent_id", Long.class));
		Adoption adoption = new Adoption(date(rs, "adopted_on"), rs.getString("adopted_by"),
				rs.getString("adoption_note"));
		return new Plan(rs.getLong("id"), rs.getString("code"), PlanKind.valueOf(rs.getString("kind")),
				rs.getString("title"), unit, rs.getInt("period_from"), rs.getInt("period_to"),
				rs.getString("parent_code"), rs.getString("parent_title"), PlanStatus.valueOf(rs.getString("status")),
				adoption.isEmpty() ? null : adoption, rs.getInt("version"), rs.getString("origin_code"),
				rs.getString("origin_title"));
	}

	static Target target(ResultSet rs) throws SQLException {
		String kind = rs.getString("target_kind");
		if (kind == null) {
			return null;
		}
		BigDecimal baselineValue = rs.getBigDecimal("baseline_value");
		LocalDate baselineAsOf = date(rs, "baseline_as_of");
		Target.Baseline baseline = baselineValue == null && baselineAsOf == null ? null
				: new Target.Baseline(strip(baselineValue), baselineAsOf);
		String per = rs.getString("target_per");
		return new Target(Target.Kind.valueOf(kind), strip(rs.getBigDecimal("target_value")),
				rs.getString("target_unit"), per == null ? null : Target.Per.valueOf(per), baseline,
				date(rs, "target_due"));
	}

	/** numeric(18,2) gives 3.00 back for 3: show and export it as 3. */
	private static BigDecimal strip(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
