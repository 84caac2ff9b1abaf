package no.planspor.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads a user with their unit grants and party memberships, in one SQL statement. */
@Component
class CurrentUsers {

	// The memberships come as parallel arrays in one order (by id) so that one row carries everything.
	private static final String SELECT = """
				select u.id, u.username, u.display_name, u.role,
				       array(select uu.unit_id from user_unit uu where uu.user_id = u.id) as unit_ids,
				       array(select pm.id from party_member pm where pm.user_id = u.id order by pm.id) as m_ids,
				       array(select pm.party_code from party_member pm where pm.user_id = u.id order by pm.id) as m_codes,
				       array(select pm.unit_id from party_member pm where pm.user_id = u.id order by pm.id) as m_units,
				       array(select pm.plan_id from party_member pm where pm.user_id = u.id order by pm.id) as m_plans
				from app_user u
				""";

	private final JdbcClient db;

	CurrentUsers(JdbcClient db) {
		this.db = db;
	}

	/** The user as they stand now, or empty when they no longer exist or are disabled. */
	Optional<CurrentUser> load(long id) {
		return db.sql(SELECT + "where u.id = :id and u.enabled").param("id", id).query((rs, n) -> map(rs)).optional();
	}

	Optional<CurrentUser> loadByUsername(String username) {
		return db.sql(SELECT + "where u.username = :username and u.enabled")
			.param("username", username)
			.query((rs, n) -> map(rs))
			.optional();
	}

	private static CurrentUser map(ResultSet rs) throws SQLException {
		Set<Long> units = new HashSet<>(List.of(longs(rs.getArray("unit_ids"))));
		Long[] ids = longs(rs.getArray("m_ids"));
		String[] codes = (String[]) rs.getArray("m_codes").getArray();
		Long[] unitIds = longs(rs.getArray("m_units"));
		Long[] planIds = longs(rs.getArray("m_plans"));
		List<Membership> memberships = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			memberships.add(new Membership(ids[i], codes[i], unitIds[i], planIds[i]));
		}
		return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), units, memberships);
	}

	private static Long[] longs(Array array) throws SQLException {
		return (Long[]) array.getArray();
	}
}
