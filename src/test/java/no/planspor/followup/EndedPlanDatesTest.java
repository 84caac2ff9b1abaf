package no.planspor.followup;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.WebSession;
import no.planspor.exchange.ApiClient;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ended plan (2022-2025, seen after 2025) takes a closing status and a final value: its forms start at
 * the period's last day and their date pickers offer exactly the dates the server accepts.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndedPlanDatesTest {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	String plan;

	WebSession admin;

	@BeforeAll
	void setUp() {
		assertThat(LocalDate.now(clock).getYear()).as("the test needs a plan that has ended").isGreaterThan(2025);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		plan = "ended-" + suffix;
		ObjectNode doc = IndicatorPlans.krnCopy(plan, ("E" + suffix).toUpperCase());
		doc.putObject("period").put("from", 2022).put("to", 2025);
		HttpResponse<String> imported = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", IndicatorPlans.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	String itemPage(String item) {
		return "/plans/" + plan + "/items/" + IndicatorPlans.encode(item);
	}

	static void offersThePeriodUpToItsLastDay(Element date) {
		assertThat(date.val()).isEqualTo("2025-12-31");
		assertThat(date.attr("min")).isEqualTo("2022-01-01");
		assertThat(date.attr("max")).isEqualTo("2025-12-31");
	}

	@Test
	void theItemPagesFormsStartAtThePeriodsLastDay() {
		Document page = Html.page(admin.get(itemPage(IndicatorPlans.COUNT_ITEM)).body());
		offersThePeriodUpToItsLastDay(one(page, "#status-form input[name=asOf]"));
		offersThePeriodUpToItsLastDay(one(page, "input[name=asOf]#asOf-2"));
	}

	@Test
	void theInlineFormOfTheTableAndMineTiltakStartsAtThePeriodsLastDay() {
		HttpResponse<String> form = admin.get(itemPage(IndicatorPlans.COUNT_ITEM) + "/status/form");
		assertThat(form.statusCode()).isEqualTo(200);
		offersThePeriodUpToItsLastDay(one(Html.fragment(form.body()), "input[name=asOf]"));
	}

	@Test
	void theServerAcceptsTheDatesTheFormsOffer() {
		String token = WebSession.csrfToken(admin.get("/").body());
		HttpResponse<String> status = admin.postForm(itemPage(IndicatorPlans.COUNT_ITEM) + "/status",
				Map.of("state", "DONE", "asOf", "2025-12-31", "text", "Sluttrapport.", "view", "panel", "_csrf", token));
		assertThat(status.statusCode()).as(status.body()).isEqualTo(302);
		HttpResponse<String> value = admin.postForm(itemPage(IndicatorPlans.COUNT_ITEM) + "/indicators/2/values",
				Map.of("value", "3", "asOf", "2025-12-31", "_csrf", token));
		assertThat(value.statusCode()).as(value.body()).isEqualTo(302);
	}

	@Test
	void datesAreWrittenTheReadersWayInPagesAndInProblems() {
		String token = WebSession.csrfToken(admin.get("/").body());
		String item = IndicatorPlans.YEARLY_ITEM;
		admin.postForm(itemPage(item) + "/status", Map.of("state", "ON_TRACK", "asOf", "2025-03-05", "view", "panel", "_csrf", token));
		Map<String, String> outside = Map.of("state", "ON_TRACK", "asOf", "2021-06-01", "view", "panel", "_csrf", token);

		WebSession htmx = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		Map<String, String> form = withToken(outside, htmx);
		HttpResponse<String> refused = htmx.header("HX-Request", "true").postForm(itemPage(item) + "/status", form);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Html.fragment(refused.body()).text()).contains("Datoen 1. juni 2021 er utenfor planperioden 2022–2025.");
		Document bokmal = Html.page(admin.get(itemPage(item)).body());
		assertThat(bokmal.select("time[datetime=2025-03-05]").eachText()).isNotEmpty().allMatch(text -> text.equals("5. mars 2025"));

		WebSession englishHtmx = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD).header("Accept-Language", "en");
		Map<String, String> englishForm = withToken(outside, englishHtmx);
		HttpResponse<String> refusedInEnglish = englishHtmx.header("HX-Request", "true").postForm(itemPage(item) + "/status",
				englishForm);
		assertThat(Html.fragment(refusedInEnglish.body()).text()).contains("The date 1 June 2021 is outside the plan period 2022–2025.");
		WebSession english = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD).header("Accept-Language", "en");
		Document page = Html.page(english.get(itemPage(item)).body());
		assertThat(page.select("time[datetime=2025-03-05]").eachText()).isNotEmpty().allMatch(text -> text.equals("5 March 2025"));
		Document table = Html.page(english.get("/plans/" + plan + "/table").body());
		assertThat(table.select("time[datetime=2025-03-05]").eachText()).isNotEmpty().allMatch(text -> text.equals("5 March 2025"));
	}

	/** The form with the session's own CSRF token. */
	Map<String, String> withToken(Map<String, String> form, WebSession session) {
		var copy = new java.util.HashMap<>(form);
		copy.put("_csrf", WebSession.csrfToken(session.get("/plans/" + plan).body()));
		return copy;
	}
}
