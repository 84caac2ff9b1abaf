package no.planspor.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user pages show: accounts, and the units, plans and party codes to choose among. It
 * reads the plan tables with its own SQL because the plan module depends on this one (for
 * {@link Permissions}), not the other way round.
 */
@Component
@Transactional(readOnly = true)
class UserDirectory {

	/** One line of the user list; units and memberships summarised as "KRN, TIK" and "FL – KRN". */
	record UserRow(long id, String username, String displayName, String email, Role role, boolean enabled,
			String units, String memberships) {
	}

	record UnitOption(long id, String code, String name) {
	}

	record PlanOption(long id, String code, String title, String unitCode, int periodFrom, int periodTo) {
	}

	record PartyOption(String code, String name) {
	}

	/** A membership as shown: the party (with its name where a plan has one) and where it applies. */
	record MembershipView(long id, String partyCode, String partyName, Long unitId, String unitCode,
			String unitName, Long planId, String planTitle, Integer periodFrom, Integer periodTo) {

		public boolean forUnit() {
			return unitId != null;
		}
	}

	private static final String ACCOUNT = """
			select id, username, display_name, email, role, enabled, version from app_user
			""";

	/** "FL – KRN" for a unit, "CRAI – KRN 2025–2029" for a plan. */
	private static final String MEMBERSHIP_SUMMARY = """
			pm.party_code || ' – ' || coalesce(un.code, pu.code || ' ' || pl.period_from || '–' || pl.period_to)
			""";

	private final JdbcClient db;

	UserDirectory(JdbcClient db) {
		this.db = db;
	}

	List<UserRow> list() {
		return db.sql("""
				select u.id, u.username, u.display_name, u.email, u.role, u.enabled,
				       (select string_agg(un.code, ', ' order by un.code)
				        from user_unit uu join unit un on un.id = uu.unit_id where uu.user_id = u.id) as units,
				       (select string_agg(%s, ', ' order by pm.party_code, pm.id)
				        from party_member pm
				        left join unit un on un.id = pm.unit_id
				        left join plan pl on pl.id = pm.plan_id
				        left join unit pu on pu.id = pl.unit_id
				        where pm.user_id = u.id) as memberships
				from app_user u
				order by lower(u.display_name), u.username
				""".formatted(MEMBERSHIP_SUMMARY))
			.query((rs, n) -> new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
					rs.getString("units"), rs.getString("memberships")))
			.list();
	}

	Optional<Account> find(long id) {
		return db.sql(ACCOUNT + "where id = :id").param("id", id).query((rs, n) -> account(rs)).optional();
	}

	/** The account, locked for this transaction, so that the old values in the audit record are the ones replaced. */
	Optional<Account> lock(long id) {
		return db.sql(ACCOUNT + "where id = :id for update").param("id", id).query((rs, n) -> account(rs)).optional();
	}

	List<UnitOption> units() {
		return db.sql("select id, code, name from unit order by code").query(UnitOption.class).list();
	}

	List<PlanOption> plans() {
		return db.sql("""
				select p.id, p.code, p.title, u.code as unit_code, p.period_from, p.period_to
				from plan p join unit u on u.id = p.unit_id
				order by u.code, p.period_from desc, p.title
				""").query(PlanOption.class).list();
	}

	/** Every party code that appears in one of the unit's plans (a code may be named a little differently in each). */
	List<PartyOption> partiesOfUnit(long unitId) {
		return db.sql("""
				select p.code, min(p.name) as name
				from party p join plan pl on pl.id = p.plan_id
				where pl.unit_id = :unit
				group by p.code
				order by lower(p.code), p.code
				""").param("unit", unitId).query(PartyOption.class).list();
	}

	List<PartyOption> partiesOfPlan(long planId) {
		return db.sql("select code, name from party where plan_id = :plan order by lower(code), code")
			.param("plan", planId)
			.query(PartyOption.class)
			.list();
	}

	Set<Long> unitIdsOf(long userId) {
		return Set.copyOf(db.sql("select unit_id from user_unit where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.list());
	}

	List<MembershipView> memberships(long userId) {
		return db.sql("""
				select pm.id, pm.party_code,
				       (select min(p.name) from party p join plan x on x.id = p.plan_id
				        where p.code = pm.party_code and (x.id = pm.plan_id or x.unit_id = pm.unit_id)) as party_name,
				       pm.unit_id, coalesce(un.code, pu.code) as unit_code, coalesce(un.name, pu.name) as unit_name,
				       pm.plan_id, pl.title as plan_title, pl.period_from, pl.period_to
				from party_member pm
				left join unit un on un.id = pm.unit_id
				left join plan pl on pl.id = pm.plan_id
				left join unit pu on pu.id = pl.unit_id
				where pm.user_id = :user
				order by coalesce(un.code, pu.code), pm.plan_id nulls first, pm.party_code
				""").param("user", userId).query(MembershipView.class).list();
	}

	/** How the audit log names a membership: "FL – KRN". */
	Optional<String> membershipSummary(long membershipId) {
		return db.sql("""
				select %s
				from party_member pm
				left join unit un on un.id = pm.unit_id
				left join plan pl on pl.id = pm.plan_id
				left join unit pu on pu.id = pl.unit_id
				where pm.id = :id
				""".formatted(MEMBERSHIP_SUMMARY)).param("id", membershipId).query(String.class).optional();
	}

	private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
				rs.getInt("version"));
	}
}
