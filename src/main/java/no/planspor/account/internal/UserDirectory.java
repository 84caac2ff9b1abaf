package no.planspor.account.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Organisation;
import no.planspor.account.Organisation.Party;
import no.planspor.account.Organisation.Plan;
import no.planspor.account.Organisation.Unit;
import no.planspor.account.Role;

/**
 * What the user pages show: accounts, and the units, plans and party codes to choose among. The
 * accounts, grants and memberships are this module's tables; what units, plans and parties are
 * called comes from {@link Organisation}, whose lists are small, so a page costs the same few
 * statements however many users and memberships there are.
 */
@Component
@Transactional(readOnly = true)
public class UserDirectory {

	/** One line of the user list; units and memberships summarised as "KRN, TIK" and "FL – KRN". */
	public record UserRow(long id, String username, String displayName, String email, Role role, boolean enabled,
			String units, String memberships) {
	}

	/** A membership as shown: the party (with its name where a plan has one) and where it applies. */
	public record MembershipView(long id, String partyCode, String partyName, Long unitId, String unitCode,
			String unitName, Long planId, String planTitle, Integer periodFrom, Integer periodTo) {

		public boolean forUnit() {
			return unitId != null;
		}
	}

	/** A row of {@code party_member}: the party code, and the unit or the plan it applies to. */
	private record Member(long id, String partyCode, Long unitId, Long planId) {

		String scope() {
			return unitId != null ? "unit:" + unitId : "plan:" + planId;
		}
	}

	private static final String ACCOUNT = """
			select id, username, display_name, email, role, language, enabled, version from app_user
			""";

	private final JdbcClient db;

	private final Organisation organisation;

	UserDirectory(JdbcClient db, Organisation organisation) {
		this.db = db;
		this.organisation = organisation;
	}

	/** Three statements for the whole list: the accounts with their grants and memberships, the units, the plans. */
	public List<UserRow> list() {
		// Each user's memberships come as parallel arrays in one order (by code, then id), so one row carries them.
		List<UserRow> rows = new ArrayList<>();
		Names names = names();
		db.sql("""
				select u.id, u.username, u.display_name, u.email, u.role, u.enabled,
				       array(select uu.unit_id from user_unit uu where uu.user_id = u.id) as unit_ids,
				       array(select pm.id from party_member pm where pm.user_id = u.id
				             order by pm.party_code, pm.id) as m_ids,
				       array(select pm.party_code from party_member pm where pm.user_id = u.id
				             order by pm.party_code, pm.id) as m_codes,
				       array(select pm.unit_id from party_member pm where pm.user_id = u.id
				             order by pm.party_code, pm.id) as m_units,
				       array(select pm.plan_id from party_member pm where pm.user_id = u.id
				             order by pm.party_code, pm.id) as m_plans
				from app_user u
				order by lower(u.display_name), u.username
				""").query(rs -> {
			Set<Long> granted = Set.of(longs(rs.getArray("unit_ids")));
			Long[] ids = longs(rs.getArray("m_ids"));
			String[] codes = (String[]) rs.getArray("m_codes").getArray();
			Long[] unitIds = longs(rs.getArray("m_units"));
			Long[] planIds = longs(rs.getArray("m_plans"));
			List<String> memberships = new ArrayList<>();
			for (int i = 0; i < ids.length; i++) {
				String summary = names.summary(new Member(ids[i], codes[i], unitIds[i], planIds[i]));
				if (summary != null) {
					memberships.add(summary);
				}
			}
			List<String> units = names.units.stream().filter(u -> granted.contains(u.id())).map(Unit::code).toList();
			rows.add(new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
					joined(units), joined(memberships)));
		});
		return rows;
	}

	public Optional<Account> find(long id) {
		return db.sql(ACCOUNT + "where id = :id").param("id", id).query((rs, n) -> account(rs)).optional();
	}

	/** The account, locked for this transaction, so that the old values in the audit record are the ones replaced. */
	public Optional<Account> lock(long id) {
		return db.sql(ACCOUNT + "where id = :id for update").param("id", id).query((rs, n) -> account(rs)).optional();
	}

	public List<Unit> units() {
		return organisation.units();
	}

	public List<Plan> plans() {
		return organisation.plans();
	}

	public List<Party> partiesOfUnit(long unitId) {
		return organisation.partiesOfUnit(unitId);
	}

	public List<Party> partiesOfPlan(long planId) {
		return organisation.partiesOfPlan(planId);
	}

	/** The units the user leads: adopts their plans and review results (unit_leader). */
	public Set<Long> ledUnitIdsOf(long userId) {
		return Set.copyOf(db.sql("select unit_id from unit_leader where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.list());
	}

	public Set<Long> unitIdsOf(long userId) {
		return Set.copyOf(db.sql("select unit_id from user_unit where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.list());
	}

	/**
	 * The user's memberships by unit code, a unit's own before its plans', then by party code. The
	 * parties' names cost one statement per unit or plan the user has memberships in (a handful).
	 */
	public List<MembershipView> memberships(long userId) {
		Names names = names();
		Map<String, List<Party>> partiesByScope = new HashMap<>();
		List<MembershipView> views = new ArrayList<>();
		// The database orders by party code (in its collation, as everywhere else) ...
		for (Member member : db.sql("""
				select id, party_code, unit_id, plan_id from party_member
				where user_id = :user
				order by plan_id nulls first, party_code
				""").param("user", userId).query(Member.class).list()) {
			List<Party> parties = partiesByScope.computeIfAbsent(member.scope(),
					scope -> member.unitId() != null ? partiesOfUnit(member.unitId()) : partiesOfPlan(member.planId()));
			String partyName = parties.stream()
				.filter(party -> party.code().equals(member.partyCode()))
				.map(Party::name)
				.findFirst()
				.orElse(null);
			views.add(names.view(member, partyName));
		}
		// ... and a stable sort by the unit's place in the units (ordered by code) keeps that order within a unit.
		views.sort(Comparator.comparingInt(names::unitPlace));
		return views;
	}

	/** How the audit log names a membership: "FL – KRN". */
	public Optional<String> membershipSummary(long membershipId) {
		return db.sql("select id, party_code, unit_id, plan_id from party_member where id = :id")
			.param("id", membershipId)
			.query(Member.class)
			.optional()
			.map(member -> names().summary(member));
	}

	/** How the audit log names a membership, for several at once: "FL – KRN", "CRAI – KRN 2025–2029". */
	public interface MembershipNamer {

		String summary(String partyCode, Long unitId, Long planId);
	}

	/** Names memberships with the units and plans as they are now (two statements, however many are named). */
	public MembershipNamer membershipNamer() {
		Names names = names();
		return (code, unitId, planId) -> {
			String summary = names.summary(new Member(0, code, unitId, planId));
			return summary == null ? code : summary;
		};
	}

	private Names names() {
		return new Names(organisation.units(), organisation.plans());
	}

	/** The units and plans by id, to name memberships with. */
	private static final class Names {

		final List<Unit> units;

		final Map<Long, Unit> unitsById;

		final Map<Long, Integer> unitPlaces = new HashMap<>();

		final Map<Long, Plan> plans;

		Names(List<Unit> units, List<Plan> plans) {
			this.units = units;
			this.unitsById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
			for (int i = 0; i < units.size(); i++) {
				unitPlaces.put(units.get(i).id(), i);
			}
			this.plans = plans.stream().collect(Collectors.toMap(Plan::id, Function.identity()));
		}

		/** "FL – KRN" for a unit, "CRAI – KRN 2025–2029" for a plan; null if neither is known. */
		String summary(Member member) {
			Unit unit = member.unitId() == null ? null : unitsById.get(member.unitId());
			Plan plan = member.planId() == null ? null : plans.get(member.planId());
			String where = unit != null ? unit.code()
					: plan != null ? plan.unitCode() + " " + plan.periodFrom() + "–" + plan.periodTo() : null;
			return where == null ? null : member.partyCode() + " – " + where;
		}

		/** The membership as shown, with the unit it applies to (directly or through its plan). */
		MembershipView view(Member member, String partyName) {
			Unit unit = member.unitId() == null ? null : unitsById.get(member.unitId());
			Plan plan = member.planId() == null ? null : plans.get(member.planId());
			if (plan != null) {
				return new MembershipView(member.id(), member.partyCode(), partyName, member.unitId(), plan.unitCode(),
						plan.unitName(), plan.id(), plan.title(), plan.periodFrom(), plan.periodTo());
			}
			return new MembershipView(member.id(), member.partyCode(), partyName, member.unitId(),
					unit == null ? null : unit.code(), unit == null ? null : unit.name(), member.planId(), null, null,
					null);
		}

		/** Where the membership's unit comes among the units (ordered by code); unknown units last. */
		int unitPlace(MembershipView view) {
			Long unitId = view.unitId();
			if (unitId == null && plans.get(view.planId()) != null) {
				unitId = plans.get(view.planId()).unitId();
			}
			return unitId == null ? Integer.MAX_VALUE : unitPlaces.getOrDefault(unitId, Integer.MAX_VALUE);
		}
	}

	private static String joined(List<String> parts) {
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	private static Long[] longs(Array array) throws SQLException {
		return (Long[]) array.getArray();
	}

	private static Account account(ResultSet rs) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("language"),
				rs.getBoolean("enabled"), rs.getInt("version"));
	}
}
