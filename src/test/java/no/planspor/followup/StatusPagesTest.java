package no.planspor.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.followup.status.StatusForms;

import static no.planspor.followup.StatusPlans.CRAI_MEASURE;
import static no.planspor.followup.StatusPlans.OTHER_MEASURE;
import static no.planspor.followup.StatusPlans.encoded;
import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a status from the pages: the form on the item page (for those who may, with or without
 * JavaScript), the inline widget others place in lists, and the state shown on the plan page.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusForms forms;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	String plan;

	LocalDate today;

	final Map<String, WebSession> sessions = new LinkedHashMap<>();

	@BeforeAll
	void setUp() {
		today = LocalDate.now(clock);
		plan = StatusPlans.importKrnCopy(port, doc -> StatusPlans.item(doc, "T2.1 a)").put("deadline", "2025-06-30"));
		long unit = AccountFixtures.unitId(db, StatusPlans.unitCode(plan));
		sessions.put("ADMIN", WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD));
		AccountFixtures.grantUnit(db, person("EDITOR of the unit", Role.EDITOR), unit);
		AccountFixtures.memberOfUnit(db, person("CONTRIBUTOR for CRAI", Role.CONTRIBUTOR), "CRAI", unit);
		AccountFixtures.memberOfUnit(db, person("READER for CRAI", Role.READER), "CRAI", unit);
	}

	long person(String name, Role role) {
		String username = AccountFixtures.unique(role.name().toLowerCase());
		long id = AccountFixtures.user(accounts, username, role);
		sessions.put(name, WebSession.signedIn(port, username, AccountFixtures.PASSWORD));
		return id;
	}

	@Test
	void theFormShowsToThoseWhoMayRecordAndTheServerRefusesTheOthers() {
		Map<String, List<String>> allowed = Map.of(CRAI_MEASURE, List.of("ADMIN", "EDITOR of the unit", "CONTRIBUTOR for CRAI"),
				OTHER_MEASURE, List.of("ADMIN", "EDITOR of the unit"));
		for (String item : List.of(CRAI_MEASURE, OTHER_MEASURE)) {
			for (var person : sessions.entrySet()) {
				boolean may = allowed.get(item).contains(person.getKey());
				Document page = Html.page(person.getValue().get(itemPage(item)).body());
				assertThat(page.select("#status-history-title")).as("%s sees the history on %s", person.getKey(), item)
					.hasSize(1);
				assertThat(page.select("#status-form")).as("%s sees the form on %s", person.getKey(), item)
					.hasSize(may ? 1 : 0);
				long before = rows(item);
				HttpResponse<String> answer = post(person.getValue(), item,
						Map.of("state", "ON_TRACK", "asOf", today.toString(), "view", "panel"), false);
				assertThat(answer.statusCode()).as("%s posts on %s", person.getKey(), item).isEqualTo(may ? 302 : 403);
				assertThat(rows(item) - before).isEqualTo(may ? 1 : 0);
				HttpResponse<String> inlineForm = person.getValue().get(itemPage(item) + "/status/form");
				assertThat(inlineForm.statusCode()).as("%s fetches the inline form of %s", person.getKey(), item)
					.isEqualTo(may ? 200 : 403);
			}
		}
		assertThat(sessions.get("ADMIN").get(itemPage("T9.9") + "/status/form").statusCode())
			.as("no form for an item that is not there").isEqualTo(404);
	}

	@Test
	void withoutJavaScriptARecordedStatusRedirectsToTheItemPageWhichShowsIt() {
		WebSession admin = sessions.get("ADMIN");
		HttpResponse<String> answer = post(admin, "T1.1 a)", Map.of("state", "DELAYED", "asOf", today.minusDays(3).toString(),
				"progress", "25", "text", "Søknaden ble utsatt.", "view", "panel"), false);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(itemPage("T1.1 a)") + "#status");

		Document page = Html.page(admin.get(itemPage("T1.1 a)")).body());
		assertThat(page.text()).contains("Statusen er registrert.");
		Element entry = one(one(page, "ol.timeline"), "li.timeline__entry:has(.timeline__text:containsOwn(Søknaden ble utsatt.))");
		assertThat(one(entry, ".timeline__text").text()).isEqualTo("Søknaden ble utsatt.");
		assertThat(one(entry, ".state.state--DELAYED").text()).isEqualTo("Forsinket");
		assertThat(one(entry, ".timeline__progress").text()).isEqualTo("25 % fullført");
		assertThat(entry.select("time").eachAttr("datetime")).contains(today.minusDays(3).toString());
		assertThat(entry.text()).contains("Registrert av Administrator");
		assertThat(one(page, "#item-latest").text()).contains("Forsinket");
	}

	@Test
	void withoutJavaScriptARefusedFormComesBackWithItsValuesAndProblems() {
		WebSession admin = sessions.get("ADMIN");
		HttpResponse<String> answer = post(admin, "T1.1 b)", Map.of("state", "DELAYED", "asOf", today.toString(),
				"progress", "150", "text", "", "view", "panel"), false);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(itemPage("T1.1 b)") + "#status-form");
		assertThat(rows("T1.1 b)")).isZero();

		Document page = Html.page(admin.get(itemPage("T1.1 b)")).body());
		String key = forms.key(plan, "T1.1 b)");
		Element summary = one(page, ".error-summary");
		assertThat(summary.classNames()).contains("alert", "alert--error");
		assertThat(summary.text()).contains("Statusen ble ikke registrert. Rett de 2 feilene under.");
		assertThat(one(summary, "a[href='#" + key + "-progress']").text())
			.isEqualTo("Fremdrift må være mellom 0 og 100 % (var 150).");
		assertThat(one(summary, "a[href='#" + key + "-text']").text())
			.isEqualTo("Beskriv hvorfor: denne statusen krever en forklaring.");
		Element state = one(page, "input[name=state][checked]");
		assertThat(state.id()).isEqualTo(key + "-state-DELAYED");
		assertThat(state.val()).isEqualTo("DELAYED");
		Element progress = one(page, "[id=" + key + "-progress]");
		assertThat(progress.val()).isEqualTo("150");
		assertThat(progress.attr("aria-invalid")).isEqualTo("true");
		// Shown once: the next visit has a blank form again.
		assertThat(Html.page(admin.get(itemPage("T1.1 b)")).body()).select(".error-summary")).isEmpty();
	}

	@Test
	void withHtmxTheAnswerIsTheStatusSectionAndTheStateAtTheTop() {
		WebSession admin = sessions.get("ADMIN");
		admin.get(itemPage("T1.1 c)"));
		HttpResponse<String> answer = post(admin, "T1.1 c)", Map.of("state", "ON_TRACK", "asOf", today.toString(),
				"progress", "40", "view", "panel"), true);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("HX-Trigger").orElseThrow()).isEqualTo("status-recorded");
		Element fragment = Html.fragment(answer.body());
		assertThat(fragment.child(0).is("section#status")).as(fragment.child(0).cssSelector()).isTrue();
		assertThat(fragment.text()).contains("Statusen er registrert.").contains("40 % fullført");
		Element latest = one(fragment, "#item-latest");
		assertThat(latest.attr("hx-swap-oob")).isEqualTo("true");
		assertThat(latest.text()).contains("I rute");

		HttpResponse<String> refused = post(admin, "T1.1 c)", Map.of("state", "AT_RISK", "asOf", "2024-01-01",
				"progress", "", "text", "", "view", "panel"), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		Element section = Html.fragment(refused.body()).child(0);
		assertThat(section.is("section#status")).as(section.cssSelector()).isTrue();
		one(section, ".error-summary");
		assertThat(section.text()).contains("Datoen 1. januar 2024 er utenfor planperioden 2025–2029.");
		assertThat(one(section, "input[name=asOf]").val()).isEqualTo("2024-01-01");
		assertThat(one(section, "input[name=state][checked]").val()).isEqualTo("AT_RISK");
		assertThat(rows("T1.1 c)")).isEqualTo(1);
	}

	@Test
	void theInlineWidgetAnswersWithItselfAndWithoutJavaScriptGoesBackWhereItCameFrom() {
		WebSession admin = sessions.get("ADMIN");
		String key = forms.key(plan, "T1.2 a) b)");
		HttpResponse<String> answer = post(admin, "T1.2 a) b)", Map.of("state", "ON_TRACK", "asOf", today.toString(),
				"view", "inline"), true);
		assertThat(answer.statusCode()).isEqualTo(200);
		Element widget = Html.fragment(answer.body()).child(0);
		assertThat(widget.is("div.status-inline")).as(widget.cssSelector()).isTrue();
		assertThat(widget.id()).isEqualTo(key);
		assertThat(one(widget, ".state.state--ON_TRACK").text()).isEqualTo("I rute");
		assertThat(widget.text()).contains("Statusen er registrert.");
		Element edit = one(widget, "details.status-inline__edit");
		assertThat(edit.hasAttr("open")).isFalse();
		// The widget fetches its blank form when opened; without JavaScript it links to the item page's.
		assertThat(widget.select("form")).isEmpty();
		assertThat(edit.attr("hx-get")).isEqualTo(itemPage("T1.2 a) b)") + "/status/form");
		assertThat(edit.attr("hx-trigger")).isEqualTo("toggle once");
		assertThat(edit.select("a").eachAttr("href")).contains(itemPage("T1.2 a) b)") + "#status-form");
		Element blank = Html.fragment(admin.get(itemPage("T1.2 a) b)") + "/status/form?returnTo=/mine").body()).child(0);
		assertThat(blank.tagName()).isEqualTo("form");
		assertThat(blank.attr("action")).isEqualTo(itemPage("T1.2 a) b)") + "/status");
		assertThat(blank.attr("hx-target")).isEqualTo("#" + key);
		assertThat(one(blank, "input[name=view]").val()).isEqualTo("inline");
		assertThat(one(blank, "input[name=returnTo]").val()).isEqualTo("/mine");
		one(blank, "input[name=_csrf]");

		HttpResponse<String> refused = post(admin, "T1.2 a) b)", Map.of("state", "", "asOf", today.toString(),
				"view", "inline"), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		Element again = Html.fragment(refused.body()).child(0);
		assertThat(again.is("div.status-inline")).as(again.cssSelector()).isTrue();
		assertThat(again.id()).isEqualTo(key);
		assertThat(one(again, "details.status-inline__edit").hasAttr("open")).isTrue();
		assertThat(again.text()).contains("Velg en status.");

		HttpResponse<String> back = post(admin, "T1.2 a) b)", Map.of("state", "DONE", "asOf", today.toString(),
				"view", "inline", "returnTo", "/plans/" + plan + "?state=DONE"), false);
		assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + plan + "?state=DONE");
		HttpResponse<String> elsewhere = post(admin, "T1.2 a) b)", Map.of("state", "DONE", "asOf", today.toString(),
				"view", "inline", "returnTo", "//evil.example/"), false);
		assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).doesNotContain("evil")
			.endsWith(itemPage("T1.2 a) b)") + "#status");

		// Without returnTo, back to the page the post came from, if it is this application's.
		Map<String, String> form = Map.of("state", "DONE", "asOf", today.toString(), "view", "inline", "_csrf",
				WebSession.csrfToken(admin.get("/").body()));
		String table = admin.base() + "/plans/" + plan + "/table?goal=1";
		assertThat(send(admin, itemPage("T1.2 a) b)") + "/status", form, Map.of("Referer", table)).headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/plans/" + plan + "/table?goal=1");
		assertThat(send(admin, itemPage("T1.2 a) b)") + "/status", form, Map.of("Referer", "https://evil.example/x"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith(itemPage("T1.2 a) b)") + "#status");
	}

	@Test
	void aCorrectionIsOfferedRecordedAndShownAsSuch() {
		WebSession admin = sessions.get("ADMIN");
		LocalDate asOf = today.minusDays(10);
		post(admin, "T1.3 b)", Map.of("state", "ON_TRACK", "asOf", asOf.toString(), "view", "panel"), false);
		long wrong = db.sql("""
				select s.id from status_update s join plan_item i on i.id = s.item_id join plan p on p.id = i.plan_id
				where p.code = :plan and i.code = 'T1.3 b)'
				""").param("plan", plan).query(Long.class).single();

		Document offered = Html.page(admin.get(itemPage("T1.3 b)") + "?corrects=" + wrong).body());
		assertThat(offered.select("h3").eachText()).contains("Korriger en oppdatering");
		assertThat(one(offered, "select[name=correctsId] option[selected]").val()).isEqualTo(String.valueOf(wrong));
		assertThat(one(offered, "input[name=state][checked]").val()).isEqualTo("ON_TRACK");

		post(admin, "T1.3 b)", Map.of("state", "AT_RISK", "asOf", asOf.toString(), "text", "Feil sist: vi er på etterskudd.",
				"correctsId", String.valueOf(wrong), "view", "panel"), false);
		Document page = Html.page(admin.get(itemPage("T1.3 b)")).body());
		String date = asOf.getDayOfMonth() + ". " + norwegianMonth(asOf) + " " + asOf.getYear();
		assertThat(page.text()).contains("Korrigeringen er registrert.")
			.contains("Korrigerer oppdateringen av " + date);
		Element corrected = one(page, "li.timeline__entry.is-corrected");
		assertThat(corrected.id()).isEqualTo("status-update-" + wrong);
		assertThat(corrected.select("strong").eachText()).contains("Korrigert");
		assertThat(one(page, "#item-latest").text()).contains("Risiko");
		// A corrected update is not offered again.
		assertThat(one(page, "select[name=correctsId]").select("option").eachAttr("value")).doesNotContain(String.valueOf(wrong));
	}

	@Test
	void thePlanPageShowsEachItemsStateDateFlagsAndTheGoalsRollUp() {
		WebSession admin = sessions.get("ADMIN");
		post(admin, "T2.1 c)", Map.of("state", "ON_TRACK", "asOf", today.minusDays(200).toString(), "view", "panel"), false);
		post(admin, "T2.1 d)", Map.of("state", "DELAYED", "asOf", today.minusDays(2).toString(), "text", "Venter.",
				"view", "panel"), false);

		Document page = Html.page(admin.get("/plans/" + plan).body());
		Element goal2 = one(one(page, "section#item-2"), ".rollup");
		assertThat(one(goal2, ".state").text()).isEqualTo("Verst: Forsinket");
		assertThat(goal2.select(".rollup__count").eachText()).contains("I rute: 1", "Forsinket: 1", "Uten status: 9");
		Element stale = measure(page, "T2.1 c)");
		assertThat(stale.text()).contains("I rute").contains("Utdatert");
		assertThat(stale.select("time").eachAttr("datetime")).containsExactly(today.minusDays(200).toString());
		assertThat(measure(page, "T2.1 a)").text()).contains("Ingen status").contains("Forfalt");
		assertThat(measure(page, "T2.1 d)").text()).contains("Forsinket").doesNotContain("Utdatert");

		Document english = Html.page(admin.get("/plans/" + plan + "?lang=en").body());
		assertThat(measure(english, "T2.1 c)").text()).contains("On track").contains("Stale");
		assertThat(measure(english, "T2.1 a)").text()).contains("No status").contains("Overdue");
	}

	private static String norwegianMonth(LocalDate date) {
		return List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
				"november", "desember").get(date.getMonthValue() - 1);
	}

	private HttpResponse<String> post(WebSession session, String item, Map<String, String> fields, boolean htmx) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", WebSession.csrfToken(session.get("/").body()));
		return htmx ? send(session, itemPage(item) + "/status", form, Map.of("HX-Request", "true"))
				: session.postForm(itemPage(item) + "/status", form);
	}

	/** A form post with the session's cookie and these headers (htmx's HX-Request, a Referer). */
	private HttpResponse<String> send(WebSession session, String path, Map<String, String> form,
			Map<String, String> headers) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String itemPage(String item) {
		return "/plans/" + plan + "/items/" + encoded(item);
	}

	private long rows(String itemCode) {
		return db.sql("""
				select count(*) from status_update s join plan_item i on i.id = s.item_id join plan p on p.id = i.plan_id
				where p.code = :plan and i.code = :item
				""").param("plan", plan).param("item", itemCode).query(Long.class).single();
	}

	/** A measure's heading cell in the plan page's table: its code, text and where it stands. */
	private static Element measure(Document page, String code) {
		return one(page, "th a.anchor-code", code).closest("th");
	}
}
