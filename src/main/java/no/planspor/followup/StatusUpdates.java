package no.planspor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The status history of items. Append-only: nothing here updates or deletes a status row. */
@Service
public class StatusUpdates {

	private final JdbcClient db;

	StatusUpdates(JdbcClient db) {
		this.db = db;
	}

	/** The latest status of every item of a plan that has one, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, StatusReport> latestByItem(long planId) {
		Map<Long, StatusReport> latest = new HashMap<>();
		db.sql("""
				select distinct on (s.item_id) s.item_id, s.state, s.as_of, s.progress, s.text
				from status_update s join plan_item i on i.id = s.item_id
				where i.plan_id = :plan
				order by s.item_id, s.as_of desc, s.recorded_at desc, s.id desc
				""").param("plan", planId).query((ResultSet rs) -> {
			latest.put(rs.getLong("item_id"), report(rs));
		});
		return latest;
	}

	/** A status carried in by an imported plan document; it was checked with {@link StatusRules}. */
	@Transactional
	public void recordImported(long itemId, StatusReport status) {
		db.sql("""
				insert into status_update (item_id, state, progress, text, as_of, author_name)
				values (:item, :state, :progress, :text, :asOf, :author)
				""")
			.param("item", itemId)
			.param("state", status.state().name())
			.param("progress", status.progress())
			.param("text", status.text())
			.param("asOf", status.asOf())
			.param("author", "import")
			.update();
	}

	static StatusReport report(ResultSet rs) throws SQLException {
		int progress = rs.getInt("progress");
		Integer maybeProgress = rs.wasNull() ? null : progress;
		return new StatusReport(State.valueOf(rs.getString("state")), rs.getDate("as_of").toLocalDate(), maybeProgress,
				rs.getString("text"));
	}
}
