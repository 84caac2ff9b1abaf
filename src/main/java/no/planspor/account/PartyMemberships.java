package no.planspor.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.internal.UserAdmin;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;

/**
 * Keeps who stands for a party when the party's code changes in a plan. Memberships name parties by
 * code, so without this a renamed "CRAI" would silently take from its members what they may record.
 */
@Service
public class PartyMemberships {

	private final JdbcClient db;

	private final AuditLog audit;

	PartyMemberships(JdbcClient db, AuditLog audit) {
		this.db = db;
		this.audit = audit;
	}

	/** A membership row that changed, named as the audit log names accounts. */
	private record Touched(long id, String label) {
	}

	/**
	 * A party of plan {@code planId} (of unit {@code unitId}) changed its code. Memberships of this plan
	 * move to the new code. Members for the whole unit keep their unit membership (the unit's other
	 * plans still have the old code) and get the new code in this plan, so that they stand for the
	 * same party here as before. Runs in the caller's transaction, whose permission check covers it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void partyRenamed(long planId, long unitId, String oldCode, String newCode) {
		List<Touched> moved = db.sql("""
				update party_member m set party_code = :new
				from app_user u
				where u.id = m.user_id and m.plan_id = :plan and m.party_code = :old
				  and not exists (select 1 from party_member o
				                  where o.user_id = m.user_id and o.plan_id = :plan and o.party_code = :new)
				returning m.id, u.display_name || ' (' || u.username || ')' as label
				""").param("plan", planId).param("old", oldCode).param("new", newCode).query(Touched.class).list();
		// Whoever already stood for the new code here needs the old row no more.
		List<Touched> dropped = db.sql("""
				delete from party_member m using app_user u
				where u.id = m.user_id and m.plan_id = :plan and m.party_code = :old
				returning m.id, u.display_name || ' (' || u.username || ')' as label
				""").param("plan", planId).param("old", oldCode).query(Touched.class).list();
		List<Touched> added = db.sql("""
				insert into party_member (user_id, party_code, plan_id)
				select m.user_id, :new, :plan from party_member m
				where m.unit_id = :unit and m.party_code = :old
				on conflict do nothing
				returning id, (select u.display_name || ' (' || u.username || ')' from app_user u
				               where u.id = user_id) as label
				""").param("plan", planId).param("unit", unitId).param("old", oldCode).param("new", newCode)
			.query(Touched.class)
			.list();
		String field = "party";
		moved.forEach(m -> audit.record(new Change("UPDATED", UserAdmin.MEMBERSHIP, m.id(), planId, null, m.label(),
				field, oldCode, newCode)));
		dropped.forEach(m -> audit.record(new Change("DELETED", UserAdmin.MEMBERSHIP, m.id(), planId, null,
				m.label(), field, oldCode, null)));
		added.forEach(m -> audit.record(new Change("CREATED", UserAdmin.MEMBERSHIP, m.id(), planId, null,
				m.label(), field, null, newCode)));
	}
}
