package no.planspor.round.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.followup.OwedRounds;

/**
 * "Mine tiltak" asks through {@link OwedRounds} which open rounds wait for the person: one statement,
 * the person's requests in open rounds whose items nobody has recorded a status on since the round opened.
 */
@Component
@Transactional(readOnly = true)
class RoundsOwed implements OwedRounds {

	private final JdbcClient db;

	RoundsOwed(JdbcClient db) {
		this.db = db;
	}

	@Override
	public List<OwedRound> owedBy(long userId) {
		record Row(long roundId, String planCode, String title, LocalDate due, long itemId) {
		}
		List<Row> rows = db.sql("""
				select r.id as round_id, p.plan_code, r.title, r.due, q.item_id
				from round_request q
				join reporting_round r on r.id = q.round_id
				join published_plan p on p.plan_id = r.plan_id
				join round_item ri on ri.round_id = q.round_id and ri.item_id = q.item_id
				where q.user_id = :user and r.state = 'OPEN'
				  and not exists (select 1 from status_recorded s
				                  where s.item_id = q.item_id and s.recorded_at >= r.opened_at)
				order by r.due, r.id, ri.position
				""").param("user", userId).query(Row.class).list();
		Map<Long, List<Row>> byRound = new LinkedHashMap<>();
		rows.forEach(row -> byRound.computeIfAbsent(row.roundId(), id -> new ArrayList<>()).add(row));
		return byRound.values().stream().map(list -> {
			Row first = list.get(0);
			return new OwedRound(first.roundId(), first.planCode(), first.title(), first.due(),
					"/plans/" + first.planCode() + "/rounds/" + first.roundId(),
					list.stream().map(Row::itemId).toList());
		}).toList();
	}
}
