package no.planspor.audit;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Audit events written straight into the table, at chosen times, for reading them back. */
final class AuditRows {

	private AuditRows() {
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static long insert(JdbcClient db, Instant at, String actor, String action, String type, Long planId, Long itemId,
			String label, String field, String oldValue, String newValue) {
		return db.sql("""
				insert into audit_event (at, actor, action, entity_type, entity_id, plan_id, item_id, label, field,
				                         old_value, new_value)
				values (:at, :actor, :action, :type, 1, :plan, :item, :label, :field, :old, :new)
				returning id
				""")
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", actor)
			.param("action", action)
			.param("type", type)
			.param("plan", planId)
			.param("item", itemId)
			.param("label", label)
			.param("field", field)
			.param("old", oldValue)
			.param("new", newValue)
			.query(Long.class)
			.single();
	}
}
