package no.planspor.account;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;

import static no.planspor.account.AccountFixtures.PASSWORD;
import static no.planspor.account.AccountFixtures.auditOf;
import static no.planspor.account.AccountFixtures.count;
import static no.planspor.account.AccountFixtures.unique;
import static no.planspor.account.AccountFixtures.unitId;
import static no.planspor.account.AccountFixtures.user;
import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator creates and edits users through the pages; every change is checked and audited. */
@PlansporTest
class UserAdminTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	WebSession admin;

	@BeforeEach
	void signIn() {
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD).header("Accept-Language", "nb");
	}

	Map<String, String> newUserForm(String username) {
		Map<String, String> form = new HashMap<>();
		form.put("username", username);
		form.put("displayName", "Kari Nordmann");
		form.put("email", "kari.nordmann@ous-hf.no");
		form.put("role", "EDITOR");
		form.put("password", "et passord med mellomrom");
		return form;
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> withToken = new HashMap<>(form);
		withToken.put("_csrf", WebSession.csrfToken(admin.get("/admin/users/new").body()));
		return admin.postForm(path, withToken);
	}

	Map<String, Object> row(long id) {
		return db.sql("select username, display_name, email, role, enabled, version from app_user where id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	static long idFrom(HttpResponse<String> answer) {
		String location = answer.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceAll(".*/admin/users/(\\d+).*", "$1"));
	}

	@Test
	void theListShowsEveryUserWithRoleUnitsAndMemberships() {
		String username = unique("liste");
		long id = user(accounts, username, Role.EDITOR);
		AccountFixtures.grantUnit(db, id, unitId(db, "KRN"));
		AccountFixtures.memberOfUnit(db, id, "FU KRN", unitId(db, "KRN"));

		HttpResponse<String> page = admin.get("/admin/users");

		assertThat(page.statusCode()).isEqualTo(200);
		Element link = one(Html.page(page.body()), "table.user-table a[href=/admin/users/" + id + "]");
		assertThat(link.text()).isEqualTo("Test " + username);
		assertThat(link.closest("tr").text()).contains(username, "Redaktør", "FU KRN – KRN");
	}

	@Test
	void anAdministratorCreatesAUserWhoCanSignInAndTheCreationIsAudited() {
		String username = unique("kari");

		HttpResponse<String> answer = post("/admin/users", newUserForm(username.toUpperCase()));

		assertThat(answer.statusCode()).isEqualTo(302);
		long id = idFrom(answer);
		assertThat(row(id)).containsEntry("username", username)
			.containsEntry("display_name", "Kari Nordmann")
			.containsEntry("email", "kari.nordmann@ous-hf.no")
			.containsEntry("role", "EDITOR")
			.containsEntry("enabled", true);
		assertThat(auditOf(db, "USER", id)).containsExactly("admin CREATED: ∅ → [\"account\",\"EDITOR\",\"kari.nordmann@ous-hf.no\",\"nb\"]");
		WebSession.signedIn(port, username, "et passord med mellomrom");
		Document page = Html.page(admin.get("/admin/users/" + id).body());
		assertThat(one(page, "input#displayName").val()).isEqualTo("Kari Nordmann");
		assertThat(page.text()).contains(username);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(
				Arguments.of("username", "", "Skriv inn et brukernavn."),
				Arguments.of("username", "ab", "Brukernavnet må ha 3–60 tegn."),
				Arguments.of("username", "x".repeat(61), "Brukernavnet må ha 3–60 tegn."),
				Arguments.of("username", "kari nordmann", "Brukernavnet kan bare ha små bokstaver"),
				Arguments.of("username", "-kari", "må begynne med en bokstav eller et siffer"),
				Arguments.of("username", "system", "er reservert for Planspor selv"),
				Arguments.of("displayName", "  ", "Skriv inn navnet slik det skal vises."),
				Arguments.of("displayName", "K".repeat(201), "Navnet kan ha høyst 200 tegn."),
				Arguments.of("email", "kari.nordmann", "Skriv inn en gyldig e-postadresse"),
				Arguments.of("email", "kari@ous", "Skriv inn en gyldig e-postadresse"),
				Arguments.of("email", "kari @ous-hf.no", "Skriv inn en gyldig e-postadresse"),
				Arguments.of("email", "k".repeat(320) + "@ous-hf.no", "E-postadressen kan ha høyst 320 tegn."),
				Arguments.of("role", "", "Velg en rolle."),
				Arguments.of("role", "KING", "Velg en av rollene i listen."),
				Arguments.of("language", "sv", "er ikke et språk Planspor skriver på"),
				Arguments.of("password", "", "Skriv inn et passord."),
				Arguments.of("password", "elleve-tegn", "Passordet må ha minst 12 tegn."),
				Arguments.of("password", "ø".repeat(37), "Passordet er for langt"));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badInput")
	void badInputIsShownNextToItsFieldAndNothingIsWritten(String field, String value, String message) {
		String username = unique("feil");
		Map<String, String> form = newUserForm(username);
		form.put(field, value);
		long users = count(db, "app_user");
		long events = count(db, "audit_event");

		HttpResponse<String> answer = post("/admin/users", form);

		assertThat(answer.statusCode()).isEqualTo(400);
		Document page = Html.page(answer.body());
		assertThat(one(page, "[id=" + field + "-error]").text()).contains(message);
		assertThat(one(page, ".error-summary").select("a").eachAttr("href")).contains("#" + field);
		assertThat(one(page, "[id=" + field + "]").attr("aria-invalid")).isEqualTo("true");
		// The password is never sent back, not even in an attribute.
		assertThat(answer.body()).doesNotContain("et passord med mellomrom");
		assertThat(count(db, "app_user")).isEqualTo(users);
		assertThat(count(db, "audit_event")).isEqualTo(events);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		HttpResponse<String> answer = post("/admin/users",
				Map.of("username", "a b", "displayName", "", "email", "nei", "role", "", "password", "kort"));

		assertThat(answer.statusCode()).isEqualTo(400);
		Document page = Html.page(answer.body());
		assertThat(one(page, ".error-summary").text()).contains("Skjemaet har 5 feil");
		for (String field : List.of("username", "displayName", "email", "role", "password")) {
			assertThat(one(page, "#" + field + "-error").text()).as(field).isNotBlank();
		}
	}

	@Test
	void theLanguageToWriteInIsChosenOnCreationAndChangedLikeAnyDetail() {
		Map<String, String> form = newUserForm(unique("sprak"));
		form.put("language", "en");
		long id = idFrom(post("/admin/users", form));
		assertThat(db.sql("select language from app_user where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("en");
		Document page = Html.page(admin.get("/admin/users/" + id).body());
		assertThat(one(page, "select#language option[selected]").val()).isEqualTo("en");

		HttpResponse<String> answer = post("/admin/users/" + id, Map.of("displayName", "Kari Nordmann", "email",
				"kari.nordmann@ous-hf.no", "role", "EDITOR", "language", "nb", "enabled", "true", "version", "0"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(auditOf(db, "USER", id)).last().isEqualTo("admin UPDATED language: [\"language\",\"en\"] → [\"language\",\"nb\"]");
		assertThat(db.sql("select language from app_user where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("nb");
	}

	@Test
	void aTakenUsernameIsRefusedNextToTheField() {
		String username = unique("tatt");
		user(accounts, username, Role.READER);
		long users = count(db, "app_user");

		HttpResponse<String> answer = post("/admin/users", newUserForm(username));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(answer.body()), "#username-error").text())
			.contains("Brukernavnet «" + username + "» er allerede i bruk. Velg et annet.");
		assertThat(count(db, "app_user")).isEqualTo(users);
	}

	@Test
	void anEditChangesTheDetailsAndAuditsEachFieldOldToNew() {
		String username = unique("endre");
		long id = user(accounts, username, Role.READER);

		HttpResponse<String> answer = post("/admin/users/" + id, Map.of("displayName", "Kari Nordmann", "email",
				"kari@ous-hf.no", "role", "CONTRIBUTOR", "enabled", "true", "version", "0"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(row(id)).containsEntry("display_name", "Kari Nordmann")
			.containsEntry("email", "kari@ous-hf.no")
			.containsEntry("role", "CONTRIBUTOR")
			.containsEntry("version", 1);
		assertThat(auditOf(db, "USER", id)).containsExactly(
				"admin UPDATED displayName: Test " + username + " → Kari Nordmann",
				"admin UPDATED email: ∅ → kari@ous-hf.no", "admin UPDATED role: [\"role\",\"READER\"] → [\"role\",\"CONTRIBUTOR\"]");
	}

	@Test
	void aStaleSaveShowsTheNewerValuesAndOverwritesNothing() {
		long id = user(accounts, unique("samtidig"), Role.READER);
		// Two administrators open the page at version 0; the first saves.
		post("/admin/users/" + id, Map.of("displayName", "Navn fra den første", "email", "forste@ous-hf.no", "role",
				"EDITOR", "enabled", "true", "version", "0"));
		long events = count(db, "audit_event");

		HttpResponse<String> second = post("/admin/users/" + id, Map.of("displayName", "Navn fra den andre", "email",
				"", "role", "READER", "enabled", "true", "version", "0"));

		assertThat(second.statusCode()).isEqualTo(409);
		Document page = Html.page(second.body());
		assertThat(one(page, "#conflict").text()).contains("Noen andre har endret dette mens du redigerte.", "Navn fra den første",
				"forste@ous-hf.no", "Navn fra den andre");
		assertThat(one(page, "form[action=/admin/users/" + id + "] input[name=version]").val()).isEqualTo("1");
		assertThat(row(id)).containsEntry("display_name", "Navn fra den første")
			.containsEntry("role", "EDITOR")
			.containsEntry("version", 1);
		assertThat(count(db, "audit_event")).isEqualTo(events);
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnAdminRoleNorDisableThemselves() {
		String username = unique("sjef");
		long id = user(accounts, username, Role.ADMIN);
		WebSession self = WebSession.signedIn(port, username, PASSWORD);
		String token = WebSession.csrfToken(self.get("/admin/users/" + id).body());

		HttpResponse<String> demote = self.postForm("/admin/users/" + id, Map.of("displayName", "Sjefen", "email", "",
				"role", "READER", "enabled", "true", "version", "0", "_csrf", token));
		HttpResponse<String> disable = self.postForm("/admin/users/" + id,
				Map.of("displayName", "Sjefen", "email", "", "role", "ADMIN", "version", "0", "_csrf", token));

		assertThat(demote.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(demote.body()), "#role-error").text()).contains("Du kan ikke fjerne din egen administratorrolle.");
		assertThat(disable.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(disable.body()), "#enabled-error").text()).contains("Du kan ikke deaktivere deg selv.");
		assertThat(row(id)).containsEntry("role", "ADMIN")
			.containsEntry("enabled", true)
			.containsEntry("display_name", "Test " + username)
			.containsEntry("version", 0);
		assertThat(auditOf(db, "USER", id)).isEmpty();
	}

	@Test
	void anotherAdministratorMayDemoteAnAdministrator() {
		long id = user(accounts, unique("tidligere-sjef"), Role.ADMIN);

		HttpResponse<String> answer = post("/admin/users/" + id,
				Map.of("displayName", "Tidligere sjef", "role", "READER", "enabled", "true", "version", "0"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(row(id)).containsEntry("role", "READER");
	}

	@Test
	void aResetPasswordWorksAtOnceAndEndsTheUsersSessions() {
		String username = unique("glemsk");
		long id = user(accounts, username, Role.READER);
		WebSession theirs = WebSession.signedIn(port, username, PASSWORD);

		HttpResponse<String> tooShort = post("/admin/users/" + id + "/password", Map.of("newPassword", "kort"));
		HttpResponse<String> reset = post("/admin/users/" + id + "/password",
				Map.of("newPassword", "helt nytt passord"));

		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(tooShort.body()), "#newPassword-error").text()).contains("Passordet må ha minst 12 tegn.");
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(theirs.get("/account").statusCode()).as("the old session is over").isEqualTo(302);
		assertThat(new WebSession(port).signIn(username, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		WebSession.signedIn(port, username, "helt nytt passord");
		assertThat(auditOf(db, "USER", id)).containsExactly("admin PASSWORD_RESET: ∅ → ∅");
	}

	@Test
	void theUnitsOfAnEditorAreReplacedAndAudited() {
		long id = user(accounts, unique("redaktor"), Role.EDITOR);
		long krn = unitId(db, "KRN");
		long tik = unitId(db, "TIK");

		post("/admin/users/" + id + "/units", Map.of("unit", String.valueOf(krn)));
		HttpResponse<String> second = admin.postForm("/admin/users/" + id + "/units",
				Map.of("_csrf", WebSession.csrfToken(admin.get("/admin/users/" + id).body()), "unit",
						String.valueOf(tik)));

		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(db.sql("select unit_id from user_unit where user_id = :id").param("id", id).query(Long.class).list())
			.containsExactly(tik);
		assertThat(auditOf(db, "USER", id)).containsExactly("admin UPDATED units: ∅ → KRN",
				"admin UPDATED units: KRN → TIK");
	}

	@Test
	void anUnknownUserIsNotFound() {
		assertThat(admin.get("/admin/users/987654321").statusCode()).isEqualTo(404);
	}
}
