package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.followup.IndicatorProgress;
import no.planspor.plan.Indicator;

/**
 * The measurements of indicators summed per calendar year ({@link YearReadings}), which is what
 * progress is computed from ({@link ProgressRules}): for a whole plan or for a set of items, in one
 * statement either way.
 */
@Component
@Transactional(readOnly = true)
public class IndicatorReadings {

	private final JdbcClient db;

	IndicatorReadings(JdbcClient db) {
		this.db = db;
	}

	/** An indicator's progress from the readings of {@link #ofPlan} or {@link #ofItems}, in a plan of these years. */
	public static IndicatorProgress progress(Indicator indicator, Map<Long, List<YearReadings>> readings, int from,
			int to, LocalDate today) {
		return ProgressRules.of(indicator.id(), indicator.target(), readings.getOrDefault(indicator.id(), List.of()),
				from, to, today);
	}

	/** The yearly readings of every live indicator of a plan, by indicator id: one statement. */
	public Map<Long, List<YearReadings>> ofPlan(long planId) {
		return readings("select indicator_id from published_indicator where plan_id = :plan",
				"plan", planId, null);
	}

	/** As {@link #ofPlan}, from the measurements as of {@code until} or earlier only: how it stood then. */
	public Map<Long, List<YearReadings>> ofPlan(long planId, LocalDate until) {
		return readings("select indicator_id from published_indicator where plan_id = :plan",
				"plan", planId, until);
	}

	/** The yearly readings of the live indicators of these items, by indicator id: one statement. */
	public Map<Long, List<YearReadings>> ofItems(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return readings("select indicator_id from published_indicator where item_id in (:items)", "items", itemIds,
				null);
	}

	/**
	 * The values come in index order and are summed per year here: five years of monthly values on
	 * every indicator took the database longer to sort into per-year arrays than to hand over.
	 */
	private Map<Long, List<YearReadings>> readings(String indicatorIds, String name, Object value, LocalDate until) {
		Map<Long, List<YearReadings>> byIndicator = new HashMap<>();
		YearSum[] current = { null };
		db.sql("""
				select v.indicator_id, v.as_of, v.value
				from indicator_value v
				where v.indicator_id = any(array(""" + indicatorIds + """
				))
				  and (cast(:until as date) is null or v.as_of <= :until)
				order by v.indicator_id, v.as_of, v.id
				""").param(name, value).param("until", until).query((ResultSet rs) -> {
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
