package no.planspor.followup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's whole follow-up history, row for row: every status update (corrections too) and every measured
 * value of its live items and indicators, read out for a full archive and written back, unchanged, into a
 * newly imported plan. Nothing here is a new fact: authors, times and the links between corrections stay
 * as they were recorded, so that the history reads the same after the move.
 */
@Service
public class FollowUpHistory {

	private final JdbcClient db;

	FollowUpHistory(JdbcClient db) {
		this.db = db;
	}

	/** Every status update of the plan's live items, in the order they were recorded (by id). */
	@Transactional(readOnly = true)
	public List<StatusUpdate> statusUpdates(long planId) {
		return db.sql("""
				select id, item_id, state, progress, text, as_of, author_id, author_name, recorded_at, corrects_id
				from status_update
				where item_id in (select item_id from published_item where plan_id = :plan)
				order by id
				""").param("plan", planId).query(FollowUpHistory::statusRow).list();
	}

	/** Every measured value of the plan's live indicators (of live items), in the order they were recorded. */
	@Transactional(readOnly = true)
	public List<RecordedValue> values(long planId) {
		return db.sql("""
				select id, indicator_id, value, as_of, note, source, evidence_url, author_id, author_name, recorded_at
				from indicator_value
				where indicator_id in (select indicator_id from published_indicator where plan_id = :plan)
				order by id
				""").param("plan", planId).query(FollowUpHistory::valueRow).list();
	}

	/**
	 * Writes a history back as it was, in the caller's transaction (the import of the plan the history belongs
	 * to: all of it or nothing). {@code updates} are in the order they were recorded; their ids and
	 * {@code correctsId} are the archive's own, and each correction follows the update it corrects. Item and
	 * indicator ids (and author ids, where the author has an account here) are this database's.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@PreAuthorize("hasRole('ADMIN')")
	public void restore(List<StatusUpdate> updates, List<RecordedValue> values) {
		Map<Long, Long> newIds = new HashMap<>();
		for (StatusUpdate update : updates) {
			Long corrects = update.correctsId() == null ? null : newIds.get(update.correctsId());
			if (update.correctsId() != null && corrects == null) {
				throw new IllegalArgumentException("Update " + update.id() + " corrects one not restored before it");
			}
			long id = db.sql("""
					insert into status_update
					    (item_id, state, progress, text, as_of, author_id, author_name, recorded_at, corrects_id)
					values (:item, :state, :progress, :text, :asOf, :authorId, :authorName, :recordedAt, :corrects)
					returning id
					""")
				.param("item", update.itemId())
				.param("state", update.state().name())
				.param("progress", update.progress())
				.param("text", update.text())
				.param("asOf", update.asOf())
				.param("authorId", update.authorId())
				.param("authorName", update.authorName())
				.param("recordedAt", Timestamp.from(update.recordedAt()))
				.param("corrects", corrects)
				.query(Long.class)
				.single();
			newIds.put(update.id(), id);
		}
		for (RecordedValue value : values) {
			db.sql("""
					insert into indicator_value
					    (indicator_id, value, as_of, note, source, evidence_url, author_id, author_name, recorded_at)
					values (:indicator, :value, :asOf, :note, :source, :evidence, :authorId, :authorName, :recordedAt)
					""")
				.param("indicator", value.indicatorId())
				.param("value", value.value())
				.param("asOf", value.asOf())
				.param("note", value.note())
				.param("source", value.source())
				.param("evidence", value.evidence())
				.param("authorId", value.authorId())
				.param("authorName", value.authorName())
				.param("recordedAt", Timestamp.from(value.recordedAt()))
				.update();
		}
	}

	private static StatusUpdate statusRow(ResultSet rs, int n) throws SQLException {
		StatusReport report = StatusUpdates.report(rs);
		return new StatusUpdate(rs.getLong("id"), rs.getLong("item_id"), report.state(), report.progress(),
				report.text(), report.asOf(), nullable(rs, "author_id"), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant(), nullable(rs, "corrects_id"));
	}

	private static RecordedValue valueRow(ResultSet rs, int n) throws SQLException {
		BigDecimal value = rs.getBigDecimal("value");
		return new RecordedValue(rs.getLong("id"), rs.getLong("indicator_id"), value, rs.getDate("as_of").toLocalDate(),
				rs.getString("note"), rs.getString("source"), rs.getString("evidence_url"), nullable(rs, "author_id"),
				rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant());
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
