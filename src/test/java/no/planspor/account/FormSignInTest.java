package no.planspor.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out with the form, and the session that lives in the database between the two. */
@PlansporTest
class FormSignInTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	String newUser(String password) {
		String username = "kari-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, password, "Kari Nordmann", null, Role.READER);
		return username;
	}

	@Test
	void theAdministratorSignsInWithTheConfiguredPassword() {
		WebSession session = new WebSession(port);

		HttpResponse<String> answer = session.signIn("admin", PlansporTest.ADMIN_PASSWORD);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		HttpResponse<String> home = session.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(one(Html.page(home.body()), "header a.user-name").text()).contains("Administrator");
	}

	@Test
	void aPersonSignsInWithUsernamePasswordAndTokenAndLandsOnTheHomePage() {
		String username = newUser("hemmelig-passord");
		WebSession session = new WebSession(port);

		HttpResponse<String> answer = session.signIn(username, "hemmelig-passord");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(signedIn(session)).isTrue();
		HttpResponse<String> page = session.get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(one(Html.page(page.body()), "header a.user-name").text()).as("the layout names the signed-in person")
			.contains("Kari Nordmann");
	}

	@Test
	void aWrongPasswordShowsTheErrorAndSignsNobodyIn() {
		String username = newUser("riktig-passord");
		WebSession session = new WebSession(port);

		HttpResponse<String> answer = session.signIn(username, "galt-passord");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		HttpResponse<String> page = session.get("/login?error");
		assertThat(one(Html.page(page.body()), "[role=alert]").text()).isEqualTo("Feil brukernavn eller passord.");
		assertThat(signedIn(session)).isFalse();
		assertThat(session.get("/").statusCode()).isEqualTo(302);

		HttpResponse<String> english = session.header("Accept-Language", "en").get("/login?error");
		assertThat(one(Html.page(english.body()), "[role=alert]").text()).contains("Wrong username or password");
	}

	@Test
	void anUnknownUserGetsTheSameErrorAsAWrongPassword() {
		HttpResponse<String> answer = new WebSession(port).signIn("finnes-ikke", "hva-som-helst");
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void aSignInWithoutTheCsrfTokenIsRefused() {
		String username = newUser("passord-uten-token");
		WebSession session = new WebSession(port);
		session.get("/login");

		HttpResponse<String> answer = session.postForm("/login",
				Map.of("username", username, "password", "passord-uten-token"));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(signedIn(session)).isFalse();
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedForASignedInPerson() {
		String username = newUser("passord");
		WebSession session = WebSession.signedIn(port, username, "passord");

		HttpResponse<String> forged = session.postForm("/logout", Map.of());
		HttpResponse<String> wrongToken = session.postForm("/logout", Map.of("_csrf", "not-the-token"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(signedIn(session)).as("still signed in").isTrue();
	}

	@Test
	void theSessionIsKeptInTheDatabaseAndSigningOutEndsIt() {
		String username = newUser("passord");
		WebSession session = WebSession.signedIn(port, username, "passord");
		assertThat(sessionsOf(username)).isEqualTo(1);
		String sessionId = new String(Base64.getDecoder().decode(session.cookie("SESSION").orElseThrow()),
				StandardCharsets.UTF_8);
		assertThat(db.sql("select principal_name from spring_session where session_id = :id")
			.param("id", sessionId).query(String.class).single()).isEqualTo(username);

		String token = WebSession.csrfToken(session.get("/no-such-page").body());
		HttpResponse<String> out = session.postForm("/logout", Map.of("_csrf", token));

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(sessionsOf(username)).isZero();
		assertThat(signedIn(session)).isFalse();
		assertThat(session.get("/").statusCode()).isEqualTo(302);
		assertThat(one(Html.page(session.get("/login?logout").body()), "main [role=status]").text()).isEqualTo("Du er logget ut.");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() {
		WebSession session = new WebSession(port);
		HttpResponse<String> answer = session.signIn("admin", PlansporTest.ADMIN_PASSWORD);
		assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void pagesSendSecurityHeaders() {
		HttpResponse<String> page = new WebSession(port).get("/login");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	/** The sign-in page sends those who are signed in home. */
	private static boolean signedIn(WebSession session) {
		return session.get("/login").statusCode() == 302;
	}

	private long sessionsOf(String username) {
		return db.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Long.class)
			.single();
	}
}
