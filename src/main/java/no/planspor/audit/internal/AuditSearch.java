package no.planspor.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.AuditEntry;

/**
 * The audit page's query: the entries matching a filter, newest first, a page at a time. One
 * statement, which walks an index (at or plan) and stops at its limit, so a long log costs no more
 * than a short one. Who acted and which plan are named by the page, from the lists it shows anyway.
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	private final JdbcClient db;

	AuditSearch(JdbcClient db) {
		this.db = db;
	}

	/** A page of entries and, when there are older ones, the id to continue from. */
	public record Page(List<AuditEntry> entries, Long next) {
	}

	/** A statement with its parameters. */
	public record Query(String sql, Map<String, Object> params) {
	}

	/** One page: the entries matching {@code filter}, older than entry {@code before} if given. */
	public Page search(AuditFilter filter, Long before, int size) {
		Query query = query(filter, before, size + 1);
		List<AuditEntry> entries = new ArrayList<>(
				db.sql(query.sql()).params(query.params()).query((rs, n) -> AuditRows.entry(rs)).list());
		boolean more = entries.size() > size;
		if (more) {
			entries.remove(size);
		}
		return new Page(entries, more ? entries.get(entries.size() - 1).id() : null);
	}

	/**
	 * The statement behind {@link #search}; only the conditions in use go in, so the planner sees plain
	 * indexable predicates. Public so that a test can ask the planner how it runs.
	 */
	public Query query(AuditFilter filter, Long before, int limit) {
		StringBuilder sql = new StringBuilder("""
				select %s
				from audit_event e
				where true
				""".formatted(AuditRows.COLUMNS));
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

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
