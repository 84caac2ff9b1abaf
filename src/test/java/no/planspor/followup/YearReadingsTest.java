package no.planspor.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.followup.indicator.IndicatorReadings;
import no.planspor.followup.indicator.YearReadings;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An indicator's values summed per calendar year, as progress needs them: the first and the last of
 * each year by as-of date (and by order of recording on the same date), the year's sum and its dates.
 */
@PlansporTest
class YearReadingsTest {

	@LocalServerPort
	int port;

	@Autowired
	IndicatorReadings indicatorReadings;

	@Autowired
	PlanReader plans;

	@Autowired
	JdbcClient db;

	@Test
	void eachYearHasItsFirstLastAndSumInDateThenRecordingOrder() {
		String plan = StatusPlans.importKrnCopy(port);
		PlanItem item = plans.tree(plan).requireItem("T1.1 a)");
		long first = item.indicators().get(0).id();
		long second = item.indicators().get(1).id();
		// Recorded out of date order, with two values on one date in each year.
		value(first, "2026-05-01", "8");
		value(first, "2025-11-01", "5");
		value(first, "2025-03-01", "10");
		value(first, "2025-03-01", "12");
		value(first, "2026-02-01", "7");
		value(first, "2026-05-01", "9");
		value(second, "2027-01-15", "1");

		Map<Long, List<YearReadings>> readings = indicatorReadings.ofItems(List.of(item.id()));

		assertThat(readings.get(first)).containsExactly(
				new YearReadings(2025, new BigDecimal("10.00"), new BigDecimal("5.00"), new BigDecimal("27.00"),
						LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 1)),
				new YearReadings(2026, new BigDecimal("7.00"), new BigDecimal("9.00"), new BigDecimal("24.00"),
						LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)));
		assertThat(readings.get(second)).containsExactly(YearReadings.of(LocalDate.of(2027, 1, 15), new BigDecimal("1.00")));
		assertThat(readings).containsOnlyKeys(first, second);
		assertThat(indicatorReadings.ofItems(List.of())).isEmpty();
	}

	private void value(long indicator, String asOf, String value) {
		db.sql("""
				insert into indicator_value (indicator_id, value, as_of, source, author_name)
				values (:indicator, :value, :asOf, 'API', 'Test')
				""").param("indicator", indicator).param("value", new BigDecimal(value))
			.param("asOf", LocalDate.parse(asOf)).update();
	}
}
