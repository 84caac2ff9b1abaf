package no.planspor.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.internal.AuditRows;

/**
 * Reads the audit log back: an item's or a plan's history, or everything since a moment (the API).
 * Newest first except {@link #since}, which runs forward so that a client can follow the log. Every
 * query walks an index (at, item or plan) and stops at its limit, so a long log costs no more than a
 * short one. The audit page's filtered search is the module's own ({@code internal.AuditSearch}).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	/** Most entries one call returns. */
	public static final int MAX_LIMIT = 1000;

	private final JdbcClient db;

	AuditTrail(JdbcClient db) {
		this.db = db;
	}

	/** Everything recorded about one item (its fields, indicators, status updates), newest first. */
	public List<AuditEntry> forItem(long itemId) {
		return db.sql("""
				select %s from audit_event e where e.item_id = :item order by e.at desc, e.id desc
				""".formatted(AuditRows.COLUMNS))
			.param("item", itemId)
			.query((rs, n) -> AuditRows.entry(rs))
			.list();
	}

	/** The newest {@value #MAX_LIMIT} changes to a plan and anything in it, newest first. */
	public List<AuditEntry> forPlan(long planId) {
		return forPlan(planId, MAX_LIMIT);
	}

	/** The newest {@code limit} (at most {@value #MAX_LIMIT}) changes to a plan and anything in it. */
	public List<AuditEntry> forPlan(long planId, int limit) {
		return db.sql("""
				select %s from audit_event e where e.plan_id = :plan order by e.at desc, e.id desc limit :limit
				""".formatted(AuditRows.COLUMNS))
			.param("plan", planId)
			.param("limit", clamp(limit))
			.query((rs, n) -> AuditRows.entry(rs))
			.list();
	}

	/** Up to {@code limit} changes at or after {@code since}, oldest first. */
	public List<AuditEntry> since(Instant since, int limit) {
		return db.sql("""
				select %s from audit_event e where e.at >= :since order by e.at, e.id limit :limit
				""".formatted(AuditRows.COLUMNS))
			.param("since", java.sql.Timestamp.from(since))
			.param("limit", clamp(limit))
			.query((rs, n) -> AuditRows.entry(rs))
			.list();
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIMIT));
	}
}
