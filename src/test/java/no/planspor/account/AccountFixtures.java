package no.planspor.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Users, grants and memberships for account tests, written straight to the tables (not audited) so
 * that a test sets up exactly what it needs. Usernames are unique per call: the database is shared.
 */
public final class AccountFixtures {

	public static final String PASSWORD = "et-langt-test-passord";

	private AccountFixtures() {
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new enabled user with {@link #PASSWORD}; returns its id. */
	public static long user(UserAccounts accounts, String username, Role role) {
		return accounts.create(username, PASSWORD, "Test " + username, null, role);
	}

	public static long unitId(JdbcClient db, String code) {
		return db.sql("select id from unit where code = :code").param("code", code).query(Long.class).single();
	}

	public static long planId(JdbcClient db, String code) {
		return db.sql("select id from plan where code = :code").param("code", code).query(Long.class).single();
	}

	public static void grantUnit(JdbcClient db, long userId, long unitId) {
		db.sql("insert into user_unit (user_id, unit_id) values (:user, :unit)")
			.param("user", userId)
			.param("unit", unitId)
			.update();
	}

	public static void memberOfUnit(JdbcClient db, long userId, String partyCode, long unitId) {
		db.sql("insert into party_member (user_id, party_code, unit_id) values (:user, :code, :unit)")
			.param("user", userId)
			.param("code", partyCode)
			.param("unit", unitId)
			.update();
	}

	public static void memberOfPlan(JdbcClient db, long userId, String partyCode, long planId) {
		db.sql("insert into party_member (user_id, party_code, plan_id) values (:user, :code, :plan)")
			.param("user", userId)
			.param("code", partyCode)
			.param("plan", planId)
			.update();
	}

	public static long count(JdbcClient db, String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** Audit rows about one entity, oldest first, as "ACTION field: old → new" by actor. */
	public static List<String> auditOf(JdbcClient db, String entityType, long entityId) {
		return db.sql("""
				select actor || ' ' || action || coalesce(' ' || field, '') || ': '
				       || coalesce(old_value, '∅') || ' → ' || coalesce(new_value, '∅')
				from audit_event where entity_type = :type and entity_id = :id order by id
				""").param("type", entityType).param("id", entityId).query(String.class).list();
	}

	/** An API call with HTTP Basic, as another system makes it. */
	public static HttpResponse<String> api(int port, String username, String password, String path) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Runs {@code work} signed in as {@code username}, the way a session would have it. */
	public static <T> T as(UserAccounts accounts, String username, java.util.function.Supplier<T> work) {
		SignedInUser user = accounts.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
