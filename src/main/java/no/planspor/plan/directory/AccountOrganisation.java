package no.planspor.plan.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Organisation;

/** The units, plans and parties as the account pages offer them for grants and memberships. */
@Component
@Transactional(readOnly = true)
class AccountOrganisation implements Organisation {

	private final JdbcClient db;

	AccountOrganisation(JdbcClient db) {
		this.db = db;
	}

	@Override
	public List<Unit> units() {
		return db.sql("select id, code, name from unit order by code").query(Unit.class).list();
	}

	@Override
	public List<Plan> plans() {
		return db.sql("""
				select p.id, p.code, p.title, u.id as unit_id, u.code as unit_code, u.name as unit_name,
				       p.period_from, p.period_to
				from plan p join unit u on u.id = p.unit_id
				order by u.code, p.period_from desc, p.title
				""").query(Plan.class).list();
	}

	@Override
	public List<Party> partiesOfUnit(long unitId) {
		return db.sql("""
				select p.code, min(p.name) as name
				from party p join plan pl on pl.id = p.plan_id
				where pl.unit_id = :unit
				group by p.code
				order by lower(p.code), p.code
				""").param("unit", unitId).query(Party.class).list();
	}

	@Override
	public List<Party> partiesOfPlan(long planId) {
		return db.sql("select code, name from party where plan_id = :plan order by lower(code), code")
			.param("plan", planId)
			.query(Party.class)
			.list();
	}
}
