package no.planspor.plan.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.PlanNames;

/** Tells the audit log the plans' codes, so that it can name and filter by plan without reading this module's tables. */
@Component
@Transactional(readOnly = true)
class AuditedPlans implements PlanNames {

	private final JdbcClient db;

	AuditedPlans(JdbcClient db) {
		this.db = db;
	}

	@Override
	public List<PlanName> plans() {
		return db.sql("select id, code, title from plan order by code").query(PlanName.class).list();
	}
}
