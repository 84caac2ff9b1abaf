package no.planspor.round.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.planspor.round.Round;
import no.planspor.round.RoundScope;
import no.planspor.round.RoundState;

/** The one place that reads and writes the table {@code reporting_round}. */
@Repository
public class RoundStore {

	private static final String ROUND = """
			select r.id, r.plan_id, p.plan_code, p.plan_title, p.unit_id, r.title, r.as_of, r.due, r.scope_shortlist,
			       r.scope_goals, r.message, r.owner_id, r.owner_name, r.state, r.created_at, r.opened_at, r.closed_at,
			       r.closes_on, r.reminder_days, r.version
			from reporting_round r
			join published_plan p on p.plan_id = r.plan_id
			""";

	private final JdbcClient db;

	RoundStore(JdbcClient db) {
		this.db = db;
	}

	public long insert(long planId, NewRound round, Long ownerId, String ownerName) {
		RoundScope scope = round.scope();
		return db.sql("""
				insert into reporting_round (plan_id, title, as_of, due, scope_shortlist, scope_goals, message, owner_id, owner_name)
				values (:plan, :title, :asOf, :due, :shortlist, :goals, :message, :owner, :ownerName)
				returning id
				""")
			.param("plan", planId)
			.param("title", round.title().strip())
			.param("asOf", round.asOf())
			.param("due", round.due())
			.param("shortlist", scope.shortlist())
			.param("goals", scope.goals() == null ? null : scope.goals().toArray(String[]::new))
			.param("message", round.message() == null || round.message().isBlank() ? null : round.message().strip())
			.param("owner", ownerId)
			.param("ownerName", ownerName)
			.query(Long.class)
			.single();
	}

	public Optional<Round> find(long id) {
		return db.sql(ROUND + " where r.id = :id").param("id", id).query(RoundStore::round).optional();
	}

	/** The round, locked until the transaction ends: two clicks on "open" wait for each other. */
	public Optional<Round> lock(long id) {
		db.sql("select id from reporting_round where id = :id for update").param("id", id).query(Long.class).optional();
		return find(id);
	}

	/** A plan's rounds, newest first. */
	public List<Round> ofPlan(long planId) {
		return db.sql(ROUND + " where r.plan_id = :plan order by r.id desc")
			.param("plan", planId)
			.query(RoundStore::round)
			.list();
	}

	/** The ids of the open rounds, unlocked: each is then taken in its own transaction by {@link #lockOpen}. */
	public List<Long> openIds() {
		return db.sql("select id from reporting_round where state = 'OPEN' order by id").query(Long.class).list();
	}

	/**
	 * The round, locked for this transaction, when it is still open and no other node is working on it
	 * (that node has it; this one skips it).
	 */
	public Optional<Round> lockOpen(long id) {
		return db.sql("select id from reporting_round where id = :id and state = 'OPEN' for update skip locked")
			.param("id", id)
			.query(Long.class)
			.optional()
			.flatMap(this::find);
	}

	/** Opens the round now; the database's clock, the same that stamps status updates. */
	public Instant markOpened(long id) {
		return db.sql("""
				update reporting_round set state = 'OPEN', opened_at = now(), version = version + 1
				where id = :id and state = 'DRAFT' returning opened_at
				""").param("id", id).query(OffsetDateTime.class).single().toInstant();
	}

	public Instant markClosed(long id) {
		return db.sql("""
				update reporting_round set state = 'CLOSED', closed_at = now(), version = version + 1
				where id = :id and state = 'OPEN' returning closed_at
				""").param("id", id).query(OffsetDateTime.class).single().toInstant();
	}

	public void schedule(long id, List<Integer> reminderDays, LocalDate closesOn) {
		db.sql("""
				update reporting_round set reminder_days = :days, closes_on = :closesOn, version = version + 1
				where id = :id
				""")
			.param("id", id)
			.param("days", reminderDays.toArray(Integer[]::new))
			.param("closesOn", closesOn)
			.update();
	}

	static Round round(ResultSet rs, int n) throws SQLException {
		String shortlist = rs.getString("scope_shortlist");
		List<String> goals = texts(rs.getArray("scope_goals"));
		RoundScope scope = shortlist != null ? RoundScope.shortlist(shortlist)
				: goals != null ? RoundScope.goals(goals) : RoundScope.ALL;
		List<Integer> days = new ArrayList<>();
		Array array = rs.getArray("reminder_days");
		if (array != null) {
			for (Object day : (Object[]) array.getArray()) {
				days.add(((Number) day).intValue());
			}
		}
		return new Round(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_code"), rs.getString("plan_title"),
				rs.getLong("unit_id"), rs.getString("title"), rs.getObject("as_of", LocalDate.class),
				rs.getObject("due", LocalDate.class), scope, rs.getString("message"), rs.getObject("owner_id", Long.class),
				rs.getString("owner_name"), RoundState.valueOf(rs.getString("state")), instant(rs, "created_at"),
				instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getObject("closes_on", LocalDate.class), days,
				rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static List<String> texts(Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
