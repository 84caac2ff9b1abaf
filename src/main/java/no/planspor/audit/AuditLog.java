package no.planspor.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the caller's transaction: if the change rolls back, so does its record, and a
 * change cannot be committed without one.
 */
@Service
public class AuditLog {

	/** Who acts when no one is signed in: the application itself, loading its seed data say. */
	public static final String SYSTEM = "system";

	private final JdbcClient db;

	AuditLog(JdbcClient db) {
		this.db = db;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Change change) {
		record(List.of(change));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Collection<Change> changes) {
		String actor = actor();
		for (Change change : changes) {
			if (change.field() != null && Objects.equals(change.oldValue(), change.newValue())) {
				continue;
			}
			db.sql("""
					insert into audit_event (actor, action, entity_type, entity_id, plan_id, item_id, label, field,
					                         old_value, new_value)
					values (:actor, :action, :type, :entityId, :planId, :itemId, :label, :field, :old, :new)
					""")
				.param("actor", actor)
				.param("action", change.action())
				.param("type", change.entityType())
				.param("entityId", change.entityId())
				.param("planId", change.planId())
				.param("itemId", change.itemId())
				.param("label", abbreviate(change.label(), 300))
				.param("field", change.field())
				.param("old", change.oldValue())
				.param("new", change.newValue())
				.update();
		}
	}

	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String abbreviate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
