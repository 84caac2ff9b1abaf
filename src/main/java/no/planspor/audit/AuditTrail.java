package no.planspor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log back: an item's or a plan's history, everything since a moment (the API), or
 * a filtered page of it (the audit page). Newest first except {@link #since}, which runs forward
 * so that a client can follow the log. Every query walks an index (at, item or plan) and stops at
 * its limit, so a long log costs no more than a short one.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	/** Most entries one call returns. */
	public static final int MAX_LIMIT = 1000;

	static final String COLUMNS = """
			e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.plan_id, e.item_id, e.label, e.field,
			e.old_value, e.new_value
			""";

	private final JdbcClient db;

	AuditTrail(JdbcClient db) {
		this.db = db;
	}

	/** Everything recorded about one item (its fields, indicators, status updates), newest first. */
	public List<AuditEntry> forItem(long itemId) {
		return db.sql("select " + COLUMNS + " from audit_event e where e.item_id = :item order by e.at desc, e.id desc")
			.param("item", itemId)
			.query((rs, n) -> entry(rs))
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
				""".formatted(COLUMNS))
			.param("plan", planId)
			.param("limit", clamp(limit))
			.query((rs, n) -> entry(rs))
			.list();
	}

	/** Up to {@code limit} changes at or after {@code since}, oldest first. */
	public List<AuditEntry> since(Instant since, int limit) {
		return db.sql("""
				select %s from audit_event e where e.at >= :since order by e.at, e.id limit :limit
				""".formatted(COLUMNS))
			.param("since", java.sql.Timestamp.from(since))
			.param("limit", clamp(limit))
			.query((rs, n) -> entry(rs))
			.list();
	}

	/** One page for the audit page: the entries matching {@code filter}, older than entry {@code before} if given. */
	Page search(AuditFilter filter, Long before, int size) {
		Query query = query(filter, before, size + 1);
		List<Row> rows = new ArrayList<>(db.sql(query.sql())
			.params(query.params())
			.query((rs, n) -> new Row(entry(rs), rs.getString("actor_name"), rs.getString("plan_code")))
			.list());
		boolean more = rows.size() > size;
		if (more) {
			rows.remove(size);
		}
		return new Page(rows, more ? rows.get(rows.size() - 1).entry().id() : null);
	}

	/** The statement behind {@link #search}; only the conditions in use go in, so the planner sees plain indexable predicates. */
	Query query(AuditFilter filter, Long before, int limit) {
		StringBuilder sql = new StringBuilder("""
				select %s, u.display_name as actor_name, p.code as plan_code
				from audit_event e
				left join app_user u on u.username = e.actor
				left join plan p on p.id = e.plan_id
				where true
				""".formatted(COLUMNS));
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.text() != null) {
			sql.append("""
					and (e.label ilike :text or e.field ilike :text or e.old_value ilike :text
					     or e.new_value ilike :text)
					""");
			params.put("text", "%" + likeEscaped(filter.text()) + "%");
		}
		if (filter.actor() != null) {
			sql.append("and e.actor = :actor\n");
			params.put("actor", filter.actor());
		}
		if (filter.entityType() != null) {
			sql.append("and e.entity_type = :type\n");
			params.put("type", filter.entityType());
		}
		if (filter.planId() != null) {
			sql.append("and e.plan_id = :plan\n");
			params.put("plan", filter.planId());
		}
		if (filter.fromInstant() != null) {
			sql.append("and e.at >= :from\n");
			params.put("from", java.sql.Timestamp.from(filter.fromInstant()));
		}
		if (filter.toInstant() != null) {
			sql.append("and e.at < :to\n");
			params.put("to", java.sql.Timestamp.from(filter.toInstant()));
		}
		if (before != null) {
			sql.append("and (e.at, e.id) < (select b.at, b.id from audit_event b where b.id = :before)\n");
			params.put("before", before);
		}
		sql.append("order by e.at desc, e.id desc limit :limit");
		params.put("limit", limit);
		return new Query(sql.toString(), params);
	}

	record Query(String sql, Map<String, Object> params) {
	}

	/** Who has acted, for the page's choice of actor: every account, and the application itself. */
	List<Actor> actors() {
		List<Actor> actors = new ArrayList<>(db.sql("""
				select username, display_name from app_user order by lower(display_name), username
				""").query((rs, n) -> new Actor(rs.getString("username"), rs.getString("display_name"))).list());
		actors.add(new Actor(AuditLog.SYSTEM, null));
		return actors;
	}

	/** The plans to filter by (plans are never deleted, but a deleted one's entries keep its id). */
	List<PlanChoice> plans() {
		return db.sql("""
				select p.id, p.code, p.title from plan p order by p.code
				""").query((rs, n) -> new PlanChoice(rs.getLong("id"), rs.getString("code"), rs.getString("title"))).list();
	}

	record Row(AuditEntry entry, String actorName, String planCode) {
	}

	/** A page of rows and, when there are older ones, the id to continue from. */
	record Page(List<Row> rows, Long next) {
	}

	record Actor(String username, String displayName) {
	}

	record PlanChoice(long id, String code, String title) {
	}

	static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), (Long) rs.getObject("entity_id"),
				(Long) rs.getObject("plan_id"), (Long) rs.getObject("item_id"), rs.getString("label"),
				rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"));
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
