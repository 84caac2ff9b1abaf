package no.planspor.followup.mine;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Membership;
import no.planspor.followup.FollowUpReader;
import no.planspor.followup.IndicatorProgress;
import no.planspor.followup.ItemFollowUp;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.followup.indicator.IndicatorReadings;
import no.planspor.followup.indicator.YearReadings;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PartyKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.Target;

/**
 * "Mine tiltak": every item, in every plan, for which one of a person's parties answers, with where
 * it stands. Three statements whatever the number of plans, items or the length of their histories:
 * one finds the items with their latest status (the same rule as {@link StatusUpdates#latestByItem}:
 * the newest update that no later one corrects) and their place in their plan; one reads their
 * indicators ({@link PlanReader#indicatorsOf}) and one the yearly summaries that progress is
 * computed from.
 *
 * <p>A membership counts for a plan when the plan is of the membership's unit, or is the
 * membership's plan, and has a party with the membership's code ({@link Membership#standsFor}).
 * Archived plans and archived items are left out: they take no updates.
 */
@Service
@Transactional(readOnly = true)
public class MyItems {

	/** One plan's items for the person, needing attention first. */
	public record PlanGroup(String planCode, String planTitle, String unitCode, String unitName, long planId,
			long unitId, List<MyItem> items) {

		public long attention() {
			return items.stream().filter(MyItem::needsAttention).count();
		}
	}

	/**
	 * One item.
	 *
	 * @param parentCode the code of the item it sits under, or null for a goal
	 * @param responsible the parties that answer for the item: its own, or inherited
	 * @param inheritedFrom the code of the item above whose parties answer for this one, or null when its own do
	 * @param mine the parties that the person stands for among them
	 * @param mayUpdate whether the person may record its status
	 */
	public record MyItem(long id, ItemKind kind, String code, String title, String text, LocalDate deadline,
			String parentCode, ItemKind parentKind, List<Party> responsible, String inheritedFrom, List<String> mine,
			List<String> shortlists, ItemFollowUp follow, List<Indicator> indicators,
			Map<Long, IndicatorProgress> progress, boolean mayUpdate) {

		public String label() {
			return title != null ? title : text;
		}

		public boolean needsAttention() {
			return follow.stale() || follow.overdue();
		}

		public boolean shortlisted() {
			return !shortlists.isEmpty();
		}

		public IndicatorProgress progressOf(Indicator indicator) {
			return progress.getOrDefault(indicator.id(), IndicatorProgress.noTarget(indicator.id()));
		}
	}

	/** The person's parties, as the query's values list: (party code, unit id or -1, plan id or -1). */
	private static final String ITEMS = """
			with recursive member (party_code, unit_id, plan_id) as (values %s),
			direct as (
			  select r.item_id, array_agg(distinct pa.code) as mine
			  from member m
			  join plan p on (p.unit_id = m.unit_id or p.id = m.plan_id) and p.status <> 'ARCHIVED'
			  join party pa on pa.plan_id = p.id and pa.code = m.party_code
			  join item_responsible r on r.party_id = pa.id
			  group by r.item_id
			),
			-- Items that name nobody are answered for by the nearest item above them that does
			-- (PlanTree.answeringFor): TIK's sub-goal Ansvar covers the sub-goal's measures.
			mine (item_id, answering_id, mine) as (
			  select item_id, item_id, mine from direct
			  union all
			  select c.id, m.answering_id, m.mine
			  from plan_item c join mine m on c.parent_id = m.item_id
			  where c.archived_at is null and not exists (select 1 from item_responsible r where r.item_id = c.id)
			),
			ordered (id, path) as (
			  select i.id, array[i.position, i.id]
			  from plan_item i
			  where i.parent_id is null and i.archived_at is null
			    and i.plan_id in (select x.plan_id from plan_item x join mine on mine.item_id = x.id)
			  union all
			  select c.id, o.path || array[c.position, c.id]
			  from plan_item c join ordered o on c.parent_id = o.id
			  where c.archived_at is null
			)
			select i.id, i.kind, i.code, i.title, i.text, i.deadline, par.code as parent_code, par.kind as parent_kind,
			       p.id as plan_id, p.code as plan_code, p.title as plan_title, p.period_from, p.period_to,
			       u.id as unit_id, u.code as unit_code, u.name as unit_name, mine.mine,
			       case when mine.answering_id <> i.id then ans.code end as answering_code,
			       array(select pa.code from item_responsible r join party pa on pa.id = r.party_id
			             where r.item_id = mine.answering_id order by r.position) as party_codes,
			       array(select pa.name from item_responsible r join party pa on pa.id = r.party_id
			             where r.item_id = mine.answering_id order by r.position) as party_names,
			       array(select pa.kind from item_responsible r join party pa on pa.id = r.party_id
			             where r.item_id = mine.answering_id order by r.position) as party_kinds,
			       array(select l.title from item_shortlist s join shortlist l on l.id = s.shortlist_id
			             where s.item_id = i.id order by l.position) as shortlists,
			       s.state, s.as_of, s.progress, s.text as status_text
			from mine
			join ordered o on o.id = mine.item_id
			join plan_item i on i.id = mine.item_id
			join plan_item ans on ans.id = mine.answering_id
			join plan p on p.id = i.plan_id
			join unit u on u.id = p.unit_id
			left join plan_item par on par.id = i.parent_id
			left join lateral (
			  select su.state, su.as_of, su.progress, su.text
			  from status_update su
			  where su.item_id = i.id and not exists (select 1 from status_update c where c.corrects_id = su.id)
			  order by su.as_of desc, su.recorded_at desc, su.id desc
			  limit 1
			) s on true
			order by u.name, p.period_from desc, p.code, o.path
			""";

	private final JdbcClient db;

	private final PlanReader plans;

	private final FollowUpReader followUps;

	private final IndicatorReadings readings;

	private final Clock clock;

	MyItems(JdbcClient db, PlanReader plans, FollowUpReader followUps, IndicatorReadings readings, Clock clock) {
		this.readings = readings;
		this.db = db;
		this.plans = plans;
		this.followUps = followUps;
		this.clock = clock;
	}

	/**
	 * The items that these memberships answer for, grouped by plan (by unit, newest period first),
	 * within a plan those needing attention first, then in plan order.
	 *
	 * @param mayUpdate whether the person may record status on an item, given its plan, unit and parties
	 */
	public List<PlanGroup> of(List<Membership> memberships, UpdateRule mayUpdate) {
		if (memberships.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		List<Object[]> values = memberships.stream()
			.map(m -> new Object[] { m.partyCode(), m.unitId() == null ? -1L : m.unitId(),
					m.planId() == null ? -1L : m.planId() })
			.toList();
		String placeholders = String.join(", ", values.stream().map(v -> "(?, ?::bigint, ?::bigint)").toList());
		Object[] params = values.stream().flatMap(v -> java.util.Arrays.stream(v)).toArray();
		List<Row> rows = db.sql(ITEMS.formatted(placeholders)).params(params).query(this::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> itemIds = rows.stream().map(Row::id).toList();
		Map<Long, List<Indicator>> indicators = plans.indicatorsOf(itemIds);
		Map<Long, List<YearReadings>> yearly = readings.ofItems(itemIds);

		Map<Long, PlanGroup> groups = new LinkedHashMap<>();
		for (Row row : rows) {
			List<Indicator> own = indicators.getOrDefault(row.id(), List.of());
			Map<Long, IndicatorProgress> progress = new HashMap<>();
			for (Indicator indicator : own) {
				progress.put(indicator.id(),
						IndicatorReadings.progress(indicator, yearly, row.periodFrom(), row.periodTo(), today));
			}
			ItemFollowUp follow = followUps.followUp(row.latest(), row.deadline(), null, today);
			MyItem item = new MyItem(row.id(), row.kind(), row.code(), row.title(), row.text(), row.deadline(),
					row.parentCode(), row.parentKind(), row.responsible(), row.answeringCode(), row.mine(),
					row.shortlists(), follow, own, progress,
					mayUpdate.test(row.planId(), row.unitId(), row.responsible().stream().map(Party::code).toList()));
			groups.computeIfAbsent(row.planId(), id -> new PlanGroup(row.planCode(), row.planTitle(), row.unitCode(),
					row.unitName(), row.planId(), row.unitId(), new ArrayList<>()))
				.items()
				.add(item);
		}
		return groups.values()
			.stream()
			.map(group -> new PlanGroup(group.planCode(), group.planTitle(), group.unitCode(), group.unitName(),
					group.planId(), group.unitId(), attentionFirst(group.items())))
			.toList();
	}

	/** Who may record status on an item: {@code Permissions::mayContribute}, with the plan's status checked by the caller. */
	@FunctionalInterface
	public interface UpdateRule {

		boolean test(long planId, long unitId, List<String> partyCodes);
	}

	/** Stale or overdue items first; otherwise plan order stays (the sort is stable). */
	private static List<MyItem> attentionFirst(List<MyItem> items) {
		List<MyItem> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(item -> !item.needsAttention()));
		return List.copyOf(sorted);
	}

	private record Row(long id, ItemKind kind, String code, String title, String text, LocalDate deadline,
			String parentCode, ItemKind parentKind, long planId, String planCode, String planTitle, int periodFrom,
			int periodTo, long unitId, String unitCode, String unitName, List<String> mine, List<Party> responsible,
			String answeringCode, List<String> shortlists, StatusReport latest) {
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String parentKind = rs.getString("parent_kind");
		String state = rs.getString("state");
		StatusReport latest = null;
		if (state != null) {
			int progress = rs.getInt("progress");
			Integer maybeProgress = rs.wasNull() ? null : progress;
			latest = new StatusReport(State.valueOf(state), date(rs, "as_of"), maybeProgress, rs.getString("status_text"));
		}
		List<String> codes = strings(rs.getArray("party_codes"));
		List<String> names = strings(rs.getArray("party_names"));
		List<String> kinds = strings(rs.getArray("party_kinds"));
		List<Party> responsible = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			// Only the code, name and kind are shown; the party's id is not needed here.
			responsible.add(new Party(0, codes.get(i), names.get(i), PartyKind.valueOf(kinds.get(i))));
		}
		return new Row(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), rs.getString("code"),
				rs.getString("title"), rs.getString("text"), date(rs, "deadline"), rs.getString("parent_code"),
				parentKind == null ? null : ItemKind.valueOf(parentKind), rs.getLong("plan_id"), rs.getString("plan_code"),
				rs.getString("plan_title"), rs.getInt("period_from"), rs.getInt("period_to"), rs.getLong("unit_id"),
				rs.getString("unit_code"), rs.getString("unit_name"), strings(rs.getArray("mine")), List.copyOf(responsible),
				rs.getString("answering_code"), strings(rs.getArray("shortlists")), latest);
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		List<String> list = new ArrayList<>(values.length);
		for (Object value : values) {
			list.add(String.valueOf(value));
		}
		return List.copyOf(list);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
