package no.planspor.account;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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

/** "Min profil": everyone sees who they are in Planspor and changes their own name, e-mail and password. */
@PlansporTest
class UserProfileTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	record Person(long id, String username, WebSession session) {

		HttpResponse<String> post(String path, Map<String, String> form) {
			Map<String, String> withToken = new HashMap<>(form);
			withToken.put("_csrf", WebSession.csrfToken(session.get("/account").body()));
			return session.postForm(path, withToken);
		}
	}

	Person signedIn(Role role) {
		String username = unique("profil");
		long id = user(accounts, username, role);
		WebSession session = WebSession.signedIn(port, username, PASSWORD).header("Accept-Language", "nb");
		return new Person(id, username, session);
	}

	@Test
	void everyoneSeesTheirNameRoleUnitsAndParties() {
		Person me = signedIn(Role.EDITOR);
		AccountFixtures.grantUnit(db, me.id(), unitId(db, "KRN"));
		AccountFixtures.memberOfUnit(db, me.id(), "FU KRN", unitId(db, "KRN"));

		HttpResponse<String> page = me.session().get("/account");

		assertThat(page.statusCode()).isEqualTo(200);
		Document profile = Html.page(page.body());
		assertThat(one(profile, ".page-head__kicker").text()).isEqualTo("Min profil");
		assertThat(one(profile, "h1").text()).isEqualTo("Test " + me.username());
		assertThat(one(profile, "main").text()).contains(me.username(), "Redaktør",
				"Klinikk for radiologi og nukleærmedisin", "FU KRN", "Forskningsutvalget i KRN");
		assertThat(one(profile, "header a.user-name").attr("href")).as("the header links the name to the profile")
			.isEqualTo("/account");
	}

	@Test
	void aReaderChangesTheirNameAndEmailAndTheChangeIsAudited() {
		Person me = signedIn(Role.READER);

		HttpResponse<String> answer = me.post("/account",
				Map.of("displayName", "Kari Nordmann", "email", "kari@ous-hf.no", "version", "0"));

		assertThat(answer.statusCode()).isEqualTo(302);
		Document profile = Html.page(me.session().get("/account").body());
		assertThat(profile.select("[role=status]").eachText()).contains("Profilen er lagret.");
		assertThat(one(profile, "input#displayName").val()).isEqualTo("Kari Nordmann");
		assertThat(one(profile, "input#email").val()).isEqualTo("kari@ous-hf.no");
		assertThat(one(profile, "header a.user-name").text()).contains("Kari Nordmann");
		assertThat(auditOf(db, "USER", me.id())).containsExactly(
				"%s UPDATED displayName: Test %s → Kari Nordmann".formatted(me.username(), me.username()),
				me.username() + " UPDATED email: ∅ → kari@ous-hf.no");
	}

	@Test
	void badDetailsAreShownAndNothingIsWritten() {
		Person me = signedIn(Role.READER);

		HttpResponse<String> answer = me.post("/account", Map.of("displayName", "", "email", "ikke en adresse",
				"version", "0"));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(answer.body()), ".error-summary").text()).contains("Skriv inn navnet slik det skal vises.",
				"Skriv inn en gyldig e-postadresse", "Skjemaet har 2 feil");
		assertThat(db.sql("select display_name from app_user where id = :id").param("id", me.id())
			.query(String.class).single()).isEqualTo("Test " + me.username());
	}

	@Test
	void aStaleProfileSaveShowsTheNewerValues() {
		Person me = signedIn(Role.READER);
		me.post("/account", Map.of("displayName", "Fra den andre fanen", "email", "", "version", "0"));

		HttpResponse<String> stale = me.post("/account",
				Map.of("displayName", "Fra den første fanen", "email", "", "version", "0"));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(one(Html.page(stale.body()), "#conflict").text())
			.contains("Noen andre har endret dette", "Fra den andre fanen", "Fra den første fanen");
		assertThat(db.sql("select display_name from app_user where id = :id").param("id", me.id())
			.query(String.class).single()).isEqualTo("Fra den andre fanen");
	}

	@Test
	void aNewPasswordNeedsTheCurrentOne() {
		Person me = signedIn(Role.CONTRIBUTOR);
		long events = count(db, "audit_event");

		HttpResponse<String> wrong = me.post("/account/password", Map.of("currentPassword", "ikke mitt passord",
				"newPassword", "et helt nytt passord", "repeatPassword", "et helt nytt passord"));
		HttpResponse<String> missing = me.post("/account/password", Map.of("currentPassword", "",
				"newPassword", "et helt nytt passord", "repeatPassword", "et helt nytt passord"));

		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(wrong.body()), "#currentPassword-error").text()).contains("Passordet du har nå, er feil.");
		// No password is sent back, not even in an attribute.
		assertThat(wrong.body()).doesNotContain("et helt nytt passord");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(missing.body()), "#currentPassword-error").text()).contains("Skriv inn passordet du har nå.");
		assertThat(count(db, "audit_event")).isEqualTo(events);
		WebSession.signedIn(port, me.username(), PASSWORD);
	}

	@Test
	void theNewPasswordMustBeLongEnoughAndTypedTwiceAlike() {
		Person me = signedIn(Role.READER);

		HttpResponse<String> shortOne = me.post("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "kort", "repeatPassword", "kort"));
		HttpResponse<String> different = me.post("/account/password", Map.of("currentPassword", PASSWORD,
				"newPassword", "et helt nytt passord", "repeatPassword", "et helt nytt pasord"));

		assertThat(shortOne.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(shortOne.body()), ".error-summary").text()).contains("Passordet må ha minst 12 tegn.");
		assertThat(different.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(different.body()), "#repeatPassword-error").text()).contains("Passordene er ikke like.");
		WebSession.signedIn(port, me.username(), PASSWORD);
	}

	@Test
	void withTheCurrentPasswordTheNewOneTakesOver() {
		Person me = signedIn(Role.READER);

		HttpResponse<String> answer = me.post("/account/password", Map.of("currentPassword", PASSWORD,
				"newPassword", "et helt nytt passord", "repeatPassword", "et helt nytt passord"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(me.session().get("/account").statusCode()).as("this session goes on").isEqualTo(200);
		WebSession.signedIn(port, me.username(), "et helt nytt passord");
		assertThat(new WebSession(port).signIn(me.username(), PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(auditOf(db, "USER", me.id())).containsExactly(me.username() + " PASSWORD_CHANGED: ∅ → ∅");
	}
}
