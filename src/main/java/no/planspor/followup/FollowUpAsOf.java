package no.planspor.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.followup.indicator.IndicatorReadings;
import no.planspor.followup.indicator.YearReadings;
import no.planspor.plan.PlanTree;

/**
 * Where a plan stood on a past date, and on an earlier one to compare with: what a report to the
 * research committee tells. The latest status as of a date follows the read model's rule (of the
 * updates no later update corrects, the greatest as-of date, then the one recorded last), over the
 * updates as of that date; a correction recorded since counts, as it puts right what was wrong then.
 * Indicators' progress counts the measurements as of the date. Two statements for the whole plan.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpAsOf {

	/**
	 * @param now the latest status of each item as of {@code asOf} (items without one left out)
	 * @param before the same as of the earlier date
	 * @param indicators each live indicator's progress as of {@code asOf}
	 */
	public record PlanAsOf(LocalDate asOf, LocalDate since, Map<Long, StatusReport> now,
			Map<Long, StatusReport> before, Map<Long, IndicatorProgress> indicators) {
	}

	private final JdbcClient db;

	private final IndicatorReadings readings;

	FollowUpAsOf(JdbcClient db, IndicatorReadings readings) {
		this.db = db;
		this.readings = readings;
	}

	public PlanAsOf of(PlanTree tree, LocalDate asOf, LocalDate since) {
		long planId = tree.plan().id();
		Map<Long, StatusReport> now = new HashMap<>();
		Map<Long, StatusReport> before = new HashMap<>();
		db.sql("""
				select d.at, s.item_id, s.state, s.as_of, s.progress, s.text
				from (values (0, cast(:asOf as date)), (1, cast(:since as date))) as d (at, day)
				cross join lateral (
				    select distinct on (su.item_id) su.item_id, su.state, su.as_of, su.progress, su.text
				    from status_update su join published_item i on i.item_id = su.item_id
				    where i.plan_id = :plan and su.as_of <= d.day
				      and not exists (select 1 from status_update c where c.corrects_id = su.id)
				    order by su.item_id, su.as_of desc, su.recorded_at desc, su.id desc) s
				""").param("plan", planId).param("asOf", asOf).param("since", since).query(rs -> {
			(rs.getInt("at") == 0 ? now : before).put(rs.getLong("item_id"), StatusUpdates.report(rs));
		});
		Map<Long, List<YearReadings>> yearly = readings.ofPlan(planId, asOf);
		Map<Long, IndicatorProgress> indicators = new HashMap<>();
		tree.allItems().flatMap(item -> item.indicators().stream()).forEach(indicator -> indicators.put(indicator.id(),
				IndicatorReadings.progress(indicator, yearly, tree.plan().periodFrom(), tree.plan().periodTo(), asOf)));
		return new PlanAsOf(asOf, since, Map.copyOf(now), Map.copyOf(before), Map.copyOf(indicators));
	}
}
