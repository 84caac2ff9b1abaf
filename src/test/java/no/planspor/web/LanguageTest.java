package no.planspor.web;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.WebSession;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bokmål first, English second: {@code ?lang=en} switches and is remembered, the browser's
 * Accept-Language is followed when it asks for a language we have, and {@code <html lang>} tells
 * which one the page is in.
 */
@PlansporTest
class LanguageTest {

	@LocalServerPort
	int port;

	@Test
	void bokmalIsTheDefault() {
		HttpResponse<String> page = new WebSession(port).get("/login");
		assertBokmal(page);
	}

	@Test
	void theLanguageParameterSwitchesToEnglishAndIsRememberedInACookie() {
		WebSession session = new WebSession(port);

		HttpResponse<String> switched = session.get("/login?lang=en");

		assertEnglish(switched);
		assertThat(switched.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("planspor-lang=en").contains("Path=/"));
		assertThat(session.cookie("planspor-lang")).hasValue("en");
		assertEnglish(session.get("/login"));
		// The remembered choice wins over what the browser asks for.
		assertEnglish(session.header("Accept-Language", "nb").get("/login"));

		HttpResponse<String> back = session.get("/login?lang=nb");
		assertBokmal(back);
		assertBokmal(session.header("Accept-Language", "en").get("/login"));
	}

	@Test
	void acceptLanguageEnglishGivesEnglish() {
		assertEnglish(new WebSession(port).header("Accept-Language", "en").get("/login"));
		assertEnglish(new WebSession(port).header("Accept-Language", "en-GB,en;q=0.9").get("/login"));
		assertEnglish(new WebSession(port).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").get("/login"));
	}

	@Test
	void aLanguageWeHaveNoTextForGivesBokmal() {
		assertBokmal(new WebSession(port).header("Accept-Language", "de").get("/login"));
		assertBokmal(new WebSession(port).header("Accept-Language", "sv-SE,fr;q=0.8").get("/login"));
		assertBokmal(new WebSession(port).header("Accept-Language", "nn").get("/login"));
		assertBokmal(new WebSession(port).header("Accept-Language", "this is ; not a header").get("/login"));
	}

	@Test
	void anUnknownLanguageParameterChangesNothing() {
		WebSession session = new WebSession(port);
		assertBokmal(session.get("/login?lang=xx"));
		assertThat(session.cookie("planspor-lang")).isEmpty();
	}

	@Test
	void signedInPagesFollowTheChoiceWithNavigationAndSwitchLinks() {
		WebSession session = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);

		Document english = Html.page(session.get("/no-such-page?lang=en").body());
		assertThat(one(english, "html").attr("lang")).isEqualTo("en");
		assertThat(english.select("header nav a").eachText()).contains("Plans");
		assertThat(one(english, "header form[action=/logout] button").text()).isEqualTo("Sign out");
		assertThat(one(english, "main").text()).contains("Page not found");
		// The switch links back to the same page in each language.
		assertThat(one(english, ".lang-switch a[lang=nb]").attr("href")).isEqualTo("/no-such-page?lang=nb");

		Document bokmal = Html.page(session.get("/no-such-page?lang=nb").body());
		assertThat(one(bokmal, "html").attr("lang")).isEqualTo("nb");
		assertThat(bokmal.select("header nav a").eachText()).contains("Planer");
		assertThat(one(bokmal, "header form[action=/logout] button").text()).isEqualTo("Logg ut");
		assertThat(one(bokmal, "main").text()).contains("Fant ikke siden");
	}

	@Test
	void apiProblemDetailsFollowAcceptLanguage() {
		HttpResponse<String> english = new WebSession(port).header("Accept", "application/json")
			.header("Accept-Language", "en")
			.get("/api/plans");
		HttpResponse<String> bokmal = new WebSession(port).header("Accept", "application/json").get("/api/plans");
		assertThat(english.body()).contains("Not signed in");
		assertThat(bokmal.body()).contains("Ikke innlogget");
	}

	private static void assertEnglish(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Html.page(page.body());
		assertThat(one(html, "html").attr("lang")).isEqualTo("en");
		assertThat(one(html, "h1").text()).isEqualTo("Sign in");
		assertThat(one(html, "label[for=username]").text()).isEqualTo("Username");
		assertThat(page.body()).doesNotContain("Brukernavn");
	}

	private static void assertBokmal(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Html.page(page.body());
		assertThat(one(html, "html").attr("lang")).isEqualTo("nb");
		assertThat(one(html, "h1").text()).isEqualTo("Logg inn");
		assertThat(one(html, "label[for=username]").text()).isEqualTo("Brukernavn");
		assertThat(page.body()).doesNotContain("Username");
	}
}
