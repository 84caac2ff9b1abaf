package no.planspor.mail.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.mail.Letter;
import no.planspor.mail.Outbox;

/**
 * The one store of outbox SQL (table {@code mail_letter}): queueing in the caller's transaction, the
 * sender's claims and outcomes, each its own short transaction, and what the administrators' pages read.
 * The sender's statements use {@code clock_timestamp()}, the real time, not {@code now()}, the time
 * their transaction began.
 */
@Repository
public class OutboxTable implements Outbox {

	private static final String SUMMARY_COLUMNS = """
			id, purpose, to_address, to_name, subject, state, attempts, next_attempt_at, problem, last_error,
			created_at, sent_at""";

	private final JdbcClient db;

	OutboxTable(JdbcClient db) {
		this.db = db;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(Letter letter) {
		return db.sql("""
				insert into mail_letter (purpose, to_address, to_name, subject, text_body, html_body)
				values (:purpose, :toAddress, :toName, :subject, :text, :html)
				returning id""")
			.param("purpose", letter.purpose())
			.param("toAddress", letter.toAddress())
			.param("toName", letter.toName())
			.param("subject", letter.subject())
			.param("text", letter.text())
			.param("html", letter.html())
			.query(Long.class)
			.single();
	}

	/**
	 * Claims the letter that has been due longest, if any: marks it SENDING in one statement, its own
	 * transaction. {@code skip locked} lets senders on several nodes claim side by side without waiting
	 * for each other; a letter another sender has just claimed no longer matches {@code state = 'WAITING'}
	 * when its row is locked (PostgreSQL checks the condition again on the newest row), so it is never
	 * claimed twice.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<ClaimedLetter> claimNext() {
		return db.sql("""
				update mail_letter
				   set state = 'SENDING', attempts = attempts + 1, claimed_at = clock_timestamp()
				 where id = (select id
				               from mail_letter
				              where state = 'WAITING' and next_attempt_at <= clock_timestamp()
				              order by next_attempt_at, id
				              limit 1
				                for update skip locked)
				returning id, purpose, to_address, to_name, subject, text_body, html_body, attempts""")
			.query((rs, n) -> new ClaimedLetter(rs.getLong("id"),
					new Letter(rs.getString("to_address"), rs.getString("to_name"), rs.getString("subject"),
							rs.getString("text_body"), rs.getString("html_body"), rs.getString("purpose")),
					rs.getInt("attempts")))
			.optional();
	}

	/** The SMTP server accepted the letter. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void markSent(long id) {
		db.sql("""
				update mail_letter set state = 'SENT', sent_at = clock_timestamp(), claimed_at = null
				 where id = :id and state = 'SENDING'""").param("id", id).update();
	}

	/**
	 * The attempt failed; the letter waits for another after {@code wait}. An attempt that never reached
	 * a server ({@link LetterProblem#UNREACHABLE}) is not counted: an outage says nothing about the
	 * letter, and must not leave it one real error from being given up.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void markRetry(long id, LetterProblem problem, String error, Duration wait) {
		db.sql("""
				update mail_letter
				   set state = 'WAITING', claimed_at = null, problem = :problem, last_error = :error,
				       attempts = case when :problem = 'UNREACHABLE' then greatest(attempts - 1, 0) else attempts end,
				       next_attempt_at = clock_timestamp() + make_interval(secs => :seconds)
				 where id = :id and state = 'SENDING'""")
			.param("id", id)
			.param("problem", problem.name())
			.param("error", error)
			.param("seconds", wait.toMillis() / 1000.0)
			.update();
	}

	/** The letter is given up, with the reason. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void markFailed(long id, LetterProblem problem, String error) {
		db.sql("""
				update mail_letter set state = 'FAILED', claimed_at = null, problem = :problem, last_error = :error
				 where id = :id and state = 'SENDING'""")
			.param("id", id)
			.param("problem", problem.name())
			.param("error", error)
			.update();
	}

	/**
	 * Letters claimed longer ago than {@code lease}, whose sender stopped in the middle (killed, or the
	 * database went away before the outcome was written): FAILED as INTERRUPTED, never sent again by
	 * themselves, since the SMTP server may have accepted them. Answers their ids.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<Long> giveUpInterrupted(Duration lease) {
		return db.sql("""
				update mail_letter set state = 'FAILED', claimed_at = null, problem = 'INTERRUPTED', last_error = null
				 where state = 'SENDING' and claimed_at < clock_timestamp() - make_interval(secs => :seconds)
				returning id""")
			.param("seconds", lease.toMillis() / 1000.0)
			.query(Long.class)
			.list();
	}

	/**
	 * An administrator's "send again": a failed letter waits again, due now, with its attempts counted
	 * anew; a sent letter is copied into a new waiting letter (the sent one stays as it was). Answers the
	 * id of the letter that now waits, or empty if the letter is neither failed nor sent (any more). A
	 * sent letter whose copy still waits is not copied again: a double click sends one copy, not two (the
	 * row lock makes the second click wait for the first and then find its copy).
	 */
	@Transactional
	public Optional<Long> sendAgain(long id) {
		db.sql("select id from mail_letter where id = :id for update").param("id", id).query(Long.class).optional();
		Optional<Long> pending = db.sql("""
				select id from mail_letter where resent_from = :id and state in ('WAITING', 'SENDING')
				 order by id limit 1""").param("id", id).query(Long.class).optional();
		if (pending.isPresent()) {
			return pending;
		}
		int retried = db.sql("""
				update mail_letter
				   set state = 'WAITING', attempts = 0, next_attempt_at = clock_timestamp()
				 where id = :id and state = 'FAILED'""").param("id", id).update();
		if (retried == 1) {
			return Optional.of(id);
		}
		return db.sql("""
				insert into mail_letter (purpose, to_address, to_name, subject, text_body, html_body, resent_from)
				select purpose, to_address, to_name, subject, text_body, html_body, id
				  from mail_letter
				 where id = :id and state = 'SENT'
				returning id""").param("id", id).query(Long.class).optional();
	}

	/** The newest letters, in {@code state} or all, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<LetterSummary> newest(LetterState state, int limit) {
		return db.sql("select " + SUMMARY_COLUMNS + """
				
				  from mail_letter
				 where (cast(:state as varchar) is null or state = :state)
				 order by created_at desc, id desc
				 limit :limit""")
			.param("state", state == null ? null : state.name())
			.param("limit", limit)
			.query((rs, n) -> new LetterSummary(rs.getLong("id"), rs.getString("purpose"), rs.getString("to_address"),
					rs.getString("to_name"), rs.getString("subject"), LetterState.valueOf(rs.getString("state")),
					rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), problem(rs.getString("problem")),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("sent_at"))))
			.list();
	}

	/** How many letters are in each state (states without letters left out). */
	@Transactional(readOnly = true)
	public Map<LetterState, Integer> counts() {
		Map<LetterState, Integer> counts = new java.util.EnumMap<>(LetterState.class);
		db.sql("select state, count(*) as letters from mail_letter group by state")
			.query((rs, n) -> counts.put(LetterState.valueOf(rs.getString("state")), rs.getInt("letters")))
			.list();
		return counts;
	}

	@Transactional(readOnly = true)
	public Optional<StoredLetter> find(long id) {
		return db.sql("""
				select id, purpose, to_address, to_name, subject, text_body, html_body, state, attempts,
				       next_attempt_at, problem, last_error, created_at, sent_at, resent_from
				  from mail_letter
				 where id = :id""")
			.param("id", id)
			.query((rs, n) -> new StoredLetter(rs.getLong("id"), rs.getString("purpose"), rs.getString("to_address"),
					rs.getString("to_name"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
					LetterState.valueOf(rs.getString("state")), rs.getInt("attempts"),
					rs.getTimestamp("next_attempt_at").toInstant(), problem(rs.getString("problem")),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("sent_at")), (Long) rs.getObject("resent_from")))
			.optional();
	}

	private static LetterProblem problem(String name) {
		return name == null ? null : LetterProblem.valueOf(name);
	}

	private static java.time.Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
