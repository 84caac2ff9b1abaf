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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.followup.status.StatusForms;

import static no.planspor.followup.StatusPlans.CRAI_MEASURE;
import static no.planspor.followup.StatusPlans.OTHER_MEASURE;
import static no.planspor.followup.StatusPlans.encoded;
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
				String page = person.getValue().get(itemPage(item)).body();
				assertThat(page).as("%s sees the form on %s", person.getKey(), item)
					.contains("id=\"status-history-title\"");
				assertThat(page.contains("id=\"status-form\"")).as("%s sees the form on %s", person.getKey(), item)
					.isEqualTo(may);
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

		String page = flat(admin.get(itemPage("T1.1 a)")).body());
		assertThat(page).contains("Statusen er registrert.");
		String timeline = between(page, "<ol class=\"timeline\"", "</ol>");
		assertThat(timeline).contains("state state--DELAYED\">Forsinket<")
			.contains("25 % fullført")
			.contains("<time datetime=\"" + today.minusDays(3) + "\">")
			.contains("Søknaden ble utsatt.")
			.contains("Registrert av Administrator");
		assertThat(between(page, "id=\"item-latest\"", "</div> </div>")).contains("Forsinket");
	}

	@Test
	void withoutJavaScriptARefusedFormComesBackWithItsValuesAndProblems() {
		WebSession admin = sessions.get("ADMIN");
		HttpResponse<String> answer = post(admin, "T1.1 b)", Map.of("state", "DELAYED", "asOf", today.toString(),
				"progress", "150", "text", "", "view", "panel"), false);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(itemPage("T1.1 b)") + "#status-form");
		assertThat(rows("T1.1 b)")).isZero();

		String page = flat(admin.get(itemPage("T1.1 b)")).body());
		String key = forms.key(plan, "T1.1 b)");
		assertThat(page).contains("class=\"alert alert--error error-summary\"")
			.contains("Statusen ble ikke registrert. Rett de 2 feilene under.")
			.contains("href=\"#" + key + "-progress\">Fremdrift må være mellom 0 og 100 % (var 150).</a>")
			.contains("href=\"#" + key + "-text\">Beskriv hvorfor: denne statusen krever en forklaring.</a>")
			.contains("id=\"" + key + "-state-DELAYED\" value=\"DELAYED\" checked")
			.containsPattern("id=\"" + key + "-progress\" value=\"150\"[^>]*aria-invalid=\"true\"");
		// Shown once: the next visit has a blank form again.
		assertThat(admin.get(itemPage("T1.1 b)")).body()).doesNotContain("error-summary");
	}

	@Test
	void withHtmxTheAnswerIsTheStatusSectionAndTheStateAtTheTop() {
		WebSession admin = sessions.get("ADMIN");
		admin.get(itemPage("T1.1 c)"));
		HttpResponse<String> answer = post(admin, "T1.1 c)", Map.of("state", "ON_TRACK", "asOf", today.toString(),
				"progress", "40", "view", "panel"), true);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("HX-Trigger").orElseThrow()).isEqualTo("status-recorded");
		String fragment = flat(answer.body());
		assertThat(fragment).startsWith("<section id=\"status\"").doesNotContain("<html");
		assertThat(fragment).contains("Statusen er registrert.").contains("40 % fullført");
		assertThat(between(fragment, "id=\"item-latest\"", "</div> </div>")).contains("hx-swap-oob=\"true\"")
			.contains("I rute");

		HttpResponse<String> refused = post(admin, "T1.1 c)", Map.of("state", "AT_RISK", "asOf", "2024-01-01",
				"progress", "", "text", "", "view", "panel"), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		String form = flat(refused.body());
		assertThat(form).startsWith("<section id=\"status\"").contains("error-summary")
			.contains("Datoen 2024-01-01 er utenfor planperioden 2025–2029.")
			.contains("value=\"2024-01-01\"")
			.contains("value=\"AT_RISK\" checked");
		assertThat(rows("T1.1 c)")).isEqualTo(1);
	}

	@Test
	void theInlineWidgetAnswersWithItselfAndWithoutJavaScriptGoesBackWhereItCameFrom() {
		WebSession admin = sessions.get("ADMIN");
		String key = forms.key(plan, "T1.2 a) b)");
		HttpResponse<String> answer = post(admin, "T1.2 a) b)", Map.of("state", "ON_TRACK", "asOf", today.toString(),
				"view", "inline"), true);
		assertThat(answer.statusCode()).isEqualTo(200);
		String widget = flat(answer.body());
		assertThat(widget).startsWith("<div id=\"" + key + "\" class=\"status-inline\">")
			.contains("state state--ON_TRACK\">I rute<")
			.contains("Statusen er registrert.")
			.doesNotContain("<details class=\"status-inline__edit\" open");
		// The widget fetches its blank form when opened; without JavaScript it links to the item page's.
		assertThat(widget).doesNotContain("<form")
			.contains("hx-get=\"" + itemPage("T1.2 a) b)") + "/status/form\"")
			.contains("hx-trigger=\"toggle once\"")
			.contains("href=\"" + itemPage("T1.2 a) b)") + "#status-form\"");
		String blank = flat(admin.get(itemPage("T1.2 a) b)") + "/status/form?returnTo=/mine").body());
		assertThat(blank).startsWith("<form action=\"" + itemPage("T1.2 a) b)") + "/status\"")
			.contains("name=\"view\" value=\"inline\"")
			.contains("name=\"returnTo\" value=\"/mine\"")
			.contains("hx-target=\"#" + key + "\"")
			.contains("name=\"_csrf\"");

		HttpResponse<String> refused = post(admin, "T1.2 a) b)", Map.of("state", "", "asOf", today.toString(),
				"view", "inline"), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(flat(refused.body())).startsWith("<div id=\"" + key + "\"")
			.contains("<details class=\"status-inline__edit\" open")
			.contains("Velg en status.");

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

		String offered = flat(admin.get(itemPage("T1.3 b)") + "?corrects=" + wrong).body());
		assertThat(offered).contains("<h3>Korriger en oppdatering</h3>")
			.contains("<option value=\"" + wrong + "\" selected")
			.contains("value=\"ON_TRACK\" checked");

		post(admin, "T1.3 b)", Map.of("state", "AT_RISK", "asOf", asOf.toString(), "text", "Feil sist: vi er på etterskudd.",
				"correctsId", String.valueOf(wrong), "view", "panel"), false);
		String page = flat(admin.get(itemPage("T1.3 b)")).body());
		String date = asOf.getDayOfMonth() + ". " + norwegianMonth(asOf) + " " + asOf.getYear();
		assertThat(page).contains("Korrigeringen er registrert.")
			.contains("Korrigerer oppdateringen av " + date)
			.contains("class=\"timeline__entry is-corrected\"")
			.contains("<strong>Korrigert</strong>");
		assertThat(between(page, "id=\"item-latest\"", "</div> </div>")).contains("Risiko");
		// A corrected update is not offered again.
		assertThat(between(page, "name=\"correctsId\"", "</select>")).doesNotContain("value=\"" + wrong + "\"");
	}

	@Test
	void thePlanPageShowsEachItemsStateDateFlagsAndTheGoalsRollUp() {
		WebSession admin = sessions.get("ADMIN");
		post(admin, "T2.1 c)", Map.of("state", "ON_TRACK", "asOf", today.minusDays(200).toString(), "view", "panel"), false);
		post(admin, "T2.1 d)", Map.of("state", "DELAYED", "asOf", today.minusDays(2).toString(), "text", "Venter.",
				"view", "panel"), false);

		String page = flat(admin.get("/plans/" + plan).body());
		String goal2 = between(page, "id=\"item-2\"", "<div class=\"table-wrap\">");
		assertThat(goal2).contains("Verst: Forsinket").contains("I rute: 1").contains("Forsinket: 1")
			.contains("Uten status: 9");
		String stale = between(page, ">T2.1 c)</a>", "</th>");
		assertThat(stale).contains("I rute").contains("Utdatert")
			.contains("<time datetime=\"" + today.minusDays(200) + "\">");
		String overdue = between(page, ">T2.1 a)</a>", "</th>");
		assertThat(overdue).contains("Ingen status").contains("Forfalt");
		assertThat(between(page, ">T2.1 d)</a>", "</th>")).contains("Forsinket").doesNotContain("Utdatert");

		String english = flat(admin.get("/plans/" + plan + "?lang=en").body());
		assertThat(between(english, ">T2.1 c)</a>", "</th>")).contains("On track").contains("Stale");
		assertThat(between(english, ">T2.1 a)</a>", "</th>")).contains("No status").contains("Overdue");
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

	private static String flat(String html) {
		return html.replaceAll("\\s+", " ").strip();
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("%s in the page", from).isNotNegative();
		int end = text.indexOf(to, start + from.length());
		return text.substring(start, end < 0 ? text.length() : end);
	}
}
