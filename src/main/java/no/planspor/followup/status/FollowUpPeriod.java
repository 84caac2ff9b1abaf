package no.planspor.followup.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.planspor.plan.PeriodGuard;
import no.planspor.shared.Problem;

/**
 * A plan's period may not shrink past the dates of its status updates and measurements, archived
 * items' and indicators' included: restoring them brings their history back.
 */
@Component
class FollowUpPeriod implements PeriodGuard {

	private final JdbcClient db;

	FollowUpPeriod(JdbcClient db) {
		this.db = db;
	}

	private record Span(LocalDate earliest, LocalDate latest) {
	}

	@Override
	public List<Problem> problemsWithPeriod(long planId, int from, int to) {
		Span span = db.sql("""
				select min(d) as earliest, max(d) as latest from (
				  select s.as_of as d from status_update s
				    join published_item_all i on i.item_id = s.item_id where i.plan_id = :plan
				  union all
				  select v.as_of from indicator_value v
				    join published_indicator_all x on x.indicator_id = v.indicator_id where x.plan_id = :plan) dated
				""").param("plan", planId).query(Span.class).single();
		List<Problem> problems = new ArrayList<>();
		if (span.earliest() != null && span.earliest().getYear() < from) {
			problems.add(Problem.of("periodFrom", "followup.period.recorded-before", from, span.earliest()));
		}
		if (span.latest() != null && span.latest().getYear() > to) {
			problems.add(Problem.of("periodTo", "followup.period.recorded-after", to, span.latest()));
		}
		return problems;
	}
}
