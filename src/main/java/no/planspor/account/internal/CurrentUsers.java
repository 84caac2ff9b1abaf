package no.planspor.account.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import no.planspor.account.CurrentUser;
import no.planspor.account.Membership;
import no.planspor.account.Role;
import no.planspor.account.SignedInUser;

/**
 * Loads a user with their unit grants, the units they lead and their party memberships, in one SQL statement, once per
 * request: the session filter reads the user first and {@link #remember remembers} what it read,
 * and every later question in the same request is answered from that.
 */
@Component
public class CurrentUsers {

	private static final String CACHE = CurrentUsers.class.getName() + ".current";

	// The memberships come as parallel arrays in one order (by id) so that one row carries everything.
	private static final String SELECT = """
				select u.id, u.username, u.display_name, u.role,
				       array(select uu.unit_id from user_unit uu where uu.user_id = u.id) as unit_ids,
				       array(select ul.unit_id from unit_leader ul where ul.user_id = u.id) as led_unit_ids,
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

	/**
	 * The person behind {@code authentication} as they stand now, or empty when they no longer exist
	 * or are disabled. Read once per request.
	 */
	public Optional<CurrentUser> signedIn(Authentication authentication) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Cached cached
				&& cached.authentication() == authentication) {
			return cached.user();
		}
		// A session's principal carries the id; anything else (a test's mock user, a future token) goes by name.
		Optional<CurrentUser> user = authentication.getPrincipal() instanceof SignedInUser signedIn
				? load(signedIn.getId())
				: loadByUsername(authentication.getName());
		if (request != null) {
			remember(request, authentication, user);
		}
		return user;
	}

	/** Lets the request's first reader (the session filter) hand what it loaded to later questions. */
	public static void remember(RequestAttributes request, Authentication authentication, Optional<CurrentUser> user) {
		request.setAttribute(CACHE, new Cached(authentication, user), RequestAttributes.SCOPE_REQUEST);
	}

	/** The user as they stand now, or empty when they no longer exist or are disabled. */
	public Optional<CurrentUser> load(long id) {
		return db.sql(SELECT + "where u.id = :id and u.enabled").param("id", id).query((rs, n) -> map(rs)).optional();
	}

	private Optional<CurrentUser> loadByUsername(String username) {
		return db.sql(SELECT + "where u.username = :username and u.enabled")
			.param("username", username)
			.query((rs, n) -> map(rs))
			.optional();
	}

	private static CurrentUser map(ResultSet rs) throws SQLException {
		Set<Long> units = new HashSet<>(List.of(longs(rs.getArray("unit_ids"))));
		Set<Long> ledUnits = new HashSet<>(List.of(longs(rs.getArray("led_unit_ids"))));
		Long[] ids = longs(rs.getArray("m_ids"));
		String[] codes = (String[]) rs.getArray("m_codes").getArray();
		Long[] unitIds = longs(rs.getArray("m_units"));
		Long[] planIds = longs(rs.getArray("m_plans"));
		List<Membership> memberships = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			memberships.add(new Membership(ids[i], codes[i], unitIds[i], planIds[i]));
		}
		return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), units, ledUnits, memberships);
	}

	private record Cached(Authentication authentication, Optional<CurrentUser> user) {
	}

	private static Long[] longs(Array array) throws SQLException {
		return (Long[]) array.getArray();
	}
}
