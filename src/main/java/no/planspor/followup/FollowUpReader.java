package no.planspor.followup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;

/**
 * Where a plan stands, for every page that shows it: each item's latest state (stale? overdue?),
 * goals' and sub-goals' roll-ups, and each indicator's progress. Two SQL statements, whatever the
 * plan's size or the length of its history.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpReader {

	private final StatusUpdates statuses;

	private final JdbcClient db;

	private final FollowUpSettings settings;

	private final Clock clock;

	FollowUpReader(StatusUpdates statuses, JdbcClient db, FollowUpSettings settings, Clock clock) {
		this.statuses = statuses;
		this.db = db;
		this.settings = settings;
		this.clock = clock;
	}

	public PlanFollowUp forPlan(PlanTree tree) {
		LocalDate today = LocalDate.now(clock);
		long planId = tree.plan().id();
		Map<Long, StatusReport> latest = statuses.latestByItem(planId);
		Map<Long, ItemFollowUp> items = new HashMap<>();
		for (PlanItem root : tree.items()) {
			collect(root, latest, items, today);
		}
		Map<Long, List<YearReadings>> readings = readings(planId);
		Map<Long, IndicatorProgress> indicators = new HashMap<>();
		tree.allItems().flatMap(item -> item.indicators().stream()).forEach(indicator -> indicators.put(indicator.id(),
				progress(indicator, readings, tree.plan().periodFrom(), tree.plan().periodTo(), today)));
		return new PlanFollowUp(Map.copyOf(items), Map.copyOf(indicators));
	}

	static IndicatorProgress progress(Indicator indicator, Map<Long, List<YearReadings>> readings, int from,
			int to, LocalDate today) {
		return ProgressRules.of(indicator.id(), indicator.target(), readings.getOrDefault(indicator.id(), List.of()),
				from, to, today);
	}

	/** Depth first, so that a goal's roll-up can count the measures below it. */
	private List<StatusReport> collect(PlanItem item, Map<Long, StatusReport> latest, Map<Long, ItemFollowUp> out,
			LocalDate today) {
		StatusReport status = latest.get(item.id());
		List<StatusReport> measuresBelow = new ArrayList<>();
		for (PlanItem child : item.children()) {
			measuresBelow.addAll(collect(child, latest, out, today));
		}
		RollUp rollUp = item.kind() == ItemKind.MEASURE ? null : rollUp(measuresBelow);
		out.put(item.id(), followUp(status, item.deadline(), rollUp, today));
		if (item.kind() == ItemKind.MEASURE) {
			List<StatusReport> self = new ArrayList<>();
			self.add(status);
			return self;
		}
		return measuresBelow;
	}

	private static RollUp rollUp(List<StatusReport> measures) {
		Map<State, Integer> counts = new EnumMap<>(State.class);
		int without = 0;
		State worst = null;
		for (StatusReport status : measures) {
			if (status == null) {
				without++;
				continue;
			}
			counts.merge(status.state(), 1, Integer::sum);
			if (status.state() != State.CANCELLED
					&& (worst == null || Severity.WORST_FIRST_ORDER.compare(status.state(), worst) < 0)) {
				worst = status.state();
			}
		}
		return new RollUp(counts, without, worst);
	}

	/**
	 * Where one item stands: stale when its latest update is older than the configured days, overdue
	 * past its deadline; neither once it is done or cancelled.
	 */
	ItemFollowUp followUp(StatusReport latest, LocalDate deadline, RollUp rollUp, LocalDate today) {
		boolean open = latest == null || !isFinished(latest.state());
		boolean stale = latest != null && open && latest.asOf().plusDays(settings.staleAfterDays()).isBefore(today);
		boolean overdue = deadline != null && deadline.isBefore(today) && open;
		return new ItemFollowUp(latest, stale, overdue, rollUp);
	}

	static boolean isFinished(State state) {
		return state == State.DONE || state == State.CANCELLED;
	}

	private Map<Long, List<YearReadings>> readings(long planId) {
		return readings("select x.id from indicator x join plan_item i on i.id = x.item_id where i.plan_id = :plan",
				"plan", planId);
	}

	/** The yearly readings of the indicators of these items, by indicator id: one statement. */
	Map<Long, List<YearReadings>> readingsOfItems(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return readings("select x.id from indicator x where x.item_id in (:items)", "items", itemIds);
	}

	/**
	 * The values come in index order and are summed per year here: five years of monthly values on
	 * every indicator took the database longer to sort into per-year arrays than to hand over.
	 */
	private Map<Long, List<YearReadings>> readings(String indicatorIds, String name, Object value) {
		Map<Long, List<YearReadings>> byIndicator = new HashMap<>();
		YearSum[] current = { null };
		db.sql("""
				select v.indicator_id, v.as_of, v.value
				from indicator_value v
				where v.indicator_id = any(array(""" + indicatorIds + """
				))
				order by v.indicator_id, v.as_of, v.id
				""").param(name, value).query((ResultSet rs) -> {
			long indicator = rs.getLong(1);
			LocalDate asOf = rs.getObject(2, LocalDate.class);
			BigDecimal reading = rs.getBigDecimal(3);
			YearSum sum = current[0];
			if (sum == null || sum.indicator != indicator || sum.year != asOf.getYear()) {
				if (sum != null) {
					byIndicator.computeIfAbsent(sum.indicator, id -> new ArrayList<>()).add(sum.readings());
				}
				current[0] = sum = new YearSum(indicator, asOf, reading);
			}
			else {
				sum.add(asOf, reading);
			}
		});
		if (current[0] != null) {
			byIndicator.computeIfAbsent(current[0].indicator, id -> new ArrayList<>()).add(current[0].readings());
		}
		return byIndicator;
	}

	/** One indicator's values of one year, as they come in date order. */
	private static final class YearSum {

		final long indicator;

		final int year;

		final BigDecimal first;

		final LocalDate firstAsOf;

		BigDecimal last;

		LocalDate lastAsOf;

		BigDecimal sum;

		YearSum(long indicator, LocalDate asOf, BigDecimal value) {
			this.indicator = indicator;
			this.year = asOf.getYear();
			this.first = value;
			this.firstAsOf = asOf;
			this.last = value;
			this.lastAsOf = asOf;
			this.sum = value;
		}

		void add(LocalDate asOf, BigDecimal value) {
			last = value;
			lastAsOf = asOf;
			sum = sum.add(value);
		}

		YearReadings readings() {
			return new YearReadings(year, first, last, sum, firstAsOf, lastAsOf);
		}
	}
}
