package no.planspor.adoption.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.planspor.adoption.StepKind;

/** The table {@code adoption_step}: appended to, never changed. */
@Component
public class StepStore {

	/** A step as stored; who took it is a username. */
	public record Row(long id, StepKind kind, String body, LocalDate decidedOn, String note, java.time.Instant takenAt,
			String takenBy) {
	}

	private final JdbcClient db;

	StepStore(JdbcClient db) {
		this.db = db;
	}

	public long append(long planId, StepKind kind, String body, LocalDate decidedOn, String note, String takenBy) {
		return db.sql("""
				insert into adoption_step (plan_id, step, body, decided_on, note, taken_by)
				values (:plan, :step, :body, :on, :note, :by)
				returning id
				""")
			.param("plan", planId)
			.param("step", kind.name())
			.param("body", body)
			.param("on", decidedOn)
			.param("note", note)
			.param("by", takenBy)
			.query(Long.class)
			.single();
	}

	/** The plan's steps, newest first. */
	public List<Row> of(long planId) {
		return db.sql("""
				select id, step, body, decided_on, note, taken_at, taken_by
				from adoption_step where plan_id = :plan order by id desc
				""").param("plan", planId).query((rs, n) -> row(rs)).list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		Date on = rs.getDate("decided_on");
		return new Row(rs.getLong("id"), StepKind.valueOf(rs.getString("step")), rs.getString("body"),
				on == null ? null : on.toLocalDate(), rs.getString("note"), rs.getTimestamp("taken_at").toInstant(),
				rs.getString("taken_by"));
	}
}
