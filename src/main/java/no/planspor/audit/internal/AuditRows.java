package no.planspor.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import no.planspor.audit.AuditEntry;

/** How an {@code audit_event} row is read, for every query that reads them (alias {@code e}). */
public final class AuditRows {

	public static final String COLUMNS = """
			e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.plan_id, e.item_id, e.label, e.field,
			e.old_value, e.new_value
			""";

	private AuditRows() {
	}

	public static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), (Long) rs.getObject("entity_id"),
				(Long) rs.getObject("plan_id"), (Long) rs.getObject("item_id"), rs.getString("label"),
				rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"));
	}
}
