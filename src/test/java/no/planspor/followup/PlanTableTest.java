package no.planspor.followup;

import static no.planspor.followup.StatusPlans.encoded;
import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.followup.status.Severity;
import no.planspor.followup.status.StatusForms;
import no.planspor.followup.table.CodeOrder;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;

/**
 * The plan table as people use it: every filter alone and together, the address as the table's whole
 * state, sorting (codes in natural order), the inline status form for those who may record (and the
 * server refusing the others), and shortlist marks from a row.
 *
 * <p>The plan is a KRN copy with deadlines, shortlisted measures and a spread of states: T1.1 a) on
 * track, T1.1 b) delayed long ago (stale), T1.1 c) done, T1.3 d) at risk, T2.1 a) past its deadline
 * without status (overdue). T5.1 a) is renamed T1.10 a), so that code order differs from plan order.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanTableTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	PlanReader plans;

	@Autowired
	StatusForms forms;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	String plan;

	String table;

	LocalDate today;

	WebSession admin;

	WebSession reader;

	WebSession craiContributor;

	WebSession otherEditor;

	@BeforeAll
	void setUp() {
		today = LocalDate.now(clock);
		plan = StatusPlans.importKrnCopy(port, doc -> {
			// Adopted long enough ago that a measure never updated since needs attention.
			((ObjectNode) doc.get("adopted")).put("on", today.minusDays(250).toString());
			StatusPlans.item(doc, "T2.1 a)").put("deadline", today.minusMonths(3).toString());
			StatusPlans.item(doc, "T1.1 c)").put("deadline", today.minusMonths(1).toString());
			StatusPlans.item(doc, "T3.3 a)").put("deadline", today.plusYears(1).toString());
			StatusPlans.item(doc, "T5.1 a)").put("code", "T1.10 a)");
			StatusPlans.item(doc, "T1.1 a)").withArray("shortlists").add("2026-2027");
			StatusPlans.item(doc, "T3.3 a)").withArray("shortlists").add("2026-2027");
		});
		table = "/plans/" + plan + "/table";
		AccountFixtures.as(accounts, "admin", () -> {
			record("T1.1 a)", State.ON_TRACK, today.minusDays(10), null);
			record("T1.1 b)", State.DELAYED, today.minusDays(200), "Venter på midler.");
			record("T1.1 c)", State.DONE, today.minusDays(5), null);
			record("T1.3 d)", State.AT_RISK, today.minusDays(3), "Mangler folk.");
			return null;
		});
		long unit = AccountFixtures.unitId(db, StatusPlans.unitCode(plan));
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		reader = person(Role.READER, id -> AccountFixtures.memberOfUnit(db, id, "CRAI", unit));
		craiContributor = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfUnit(db, id, "CRAI", unit));
		otherEditor = person(Role.EDITOR, id -> {
		});
	}

	@Test
	void everyMeasureIsARowWithWhereItStands() {
		Document page = page(admin, table);
		assertThat(codes(page)).containsExactlyElementsOf(measures(item -> true));
		Element count = one(page, "p#match-count");
		assertThat(count.text()).isEqualTo(measures(item -> true).size() + " tiltak");
		assertThat(count.attr("role")).isEqualTo("status");
		assertThat(count.hasClass("table-count")).isTrue();
		assertThat(one(page, "table.plan-table caption").text()).isEqualTo("Tiltak i Handlingsplan for forskning 2025-2029");

		Element row = row(page, "T1.1 a)");
		assertThat(row.hasClass("is-shortlisted")).isTrue();
		Element goal = one(row, "td.plan-table__goal");
		assertThat(goal.select("strong").eachText()).containsExactly("1");
		assertThat(goal.select(".plan-table__goal-label").eachText()).containsExactly("Drive forskning som forbedrer klinisk praksis");
		assertThat(row.select("td.plan-table__indicators span").eachText()).contains("Økt bredde på forskning");
		assertThat(row.select("abbr[title='Forskningsutvalget i KRN']").eachText()).containsExactly("FU KRN");
		assertThat(one(row, ".state.state--ON_TRACK").text()).isEqualTo("I rute");
		assertThat(row.select("time").eachAttr("datetime")).contains(today.minusDays(10).toString());
		Element stale = row(page, "T1.1 b)");
		assertThat(stale.text()).contains("Forsinket").contains("Utdatert");
		assertThat(stale.hasClass("is-attention")).isTrue();
		assertThat(row(page, "T2.1 a)").text()).contains("Ingen status").contains("Forfalt");
		// No status since the plan was adopted, longer ago than the stale period: its own kind of attention.
		Element never = row(page, "T3.3 a)");
		assertThat(one(never, ".flag.flag--never-updated").text()).isEqualTo("Aldri oppdatert");
		assertThat(never.hasClass("is-attention")).isTrue();
		assertThat(row(page, "T1.1 a)").select(".flag--never-updated")).isEmpty();
		assertThat(page.select("select#filter-flag option[value=never-updated]").eachText())
			.containsExactly("Aldri oppdatert");
		// Some measure has a deadline, so the Frist column is there.
		assertThat(row(page, "T3.3 a)").select("time").eachAttr("datetime")).contains(today.plusYears(1).toString());
		assertThat(page.text()).contains("Lysegrønne rader står på en kortliste.");
	}

	@Test
	void eachFilterNarrowsTheRows() {
		assertRows("?goal=2", item -> goalOf(item).equals("2"));
		assertRows("?party=CRAI", item -> parties(item).contains("CRAI"));
		assertRows("?state=DELAYED", item -> item.code().equals("T1.1 b)"));
		assertRows("?state=NONE", item -> !latest().containsKey(item.id()));
		assertRows("?shortlist=2026-2027", item -> item.isOn("2026-2027"));
		assertRows("?flag=stale", item -> item.code().equals("T1.1 b)"));
		assertRows("?flag=overdue", item -> item.code().equals("T2.1 a)"));
		assertRows("?flag=never-updated", item -> !latest().containsKey(item.id()));
		assertRows("?flag=attention", item -> item.code().equals("T1.1 b)") || !latest().containsKey(item.id()));
		// Free text: code, text and indicators, case-insensitive, Norwegian letters included.
		assertRows("?q=" + url("ØKT BREDDE"), item -> searchable(item).contains("økt bredde"));
		assertRows("?q=" + url("frontlinjemiljø"), item -> searchable(item).contains("frontlinjemiljø"));
		assertRows("?q=" + url("t1.3"), item -> item.code().toLowerCase(Locale.ROOT).contains("t1.3"));
		Document nothing = page(admin, table + "?q=" + url("finnes ikke noe sted"));
		assertThat(codes(nothing)).isEmpty();
		assertThat(nothing.text()).contains("Ingen tiltak passer filteret.");
		assertThat(one(nothing, "#match-count").text()).startsWith("Viser 0 av");
	}

	@Test
	void filtersCombine() {
		assertRows("?goal=1&party=CRAI", item -> goalOf(item).equals("1") && parties(item).contains("CRAI"));
		assertRows("?party=" + url("FU KRN") + "&state=NONE&q=" + url("kliniske"),
				item -> parties(item).contains("FU KRN") && !latest().containsKey(item.id())
						&& searchable(item).contains("kliniske"));
		Document page = page(admin, table + "?goal=1&party=CRAI");
		assertThat(one(page, "#match-count").text()).isEqualTo("Viser "
				+ measures(item -> goalOf(item).equals("1") && parties(item).contains("CRAI")).size() + " av "
				+ measures(item -> true).size() + " tiltak");
	}

	@Test
	void theAddressIsTheTable() {
		// The form sends blank fields too; the shared address says only what applies.
		HttpResponse<String> blank = admin.get(table + "?q=&goal=1&party=&state=&shortlist=&flag=&sort=plan&dir=asc");
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(blank.headers().firstValue("Location").orElseThrow()).endsWith(table + "?goal=1");
		// Values the plan does not have are dropped, not kept as an empty table.
		assertThat(admin.get(table + "?goal=99&state=SOON&sort=colour").headers().firstValue("Location").orElseThrow())
			.endsWith(table);
		// With htmx the page answers at once and tells the browser the address to show.
		HttpResponse<String> partial = get(admin, table + "?q=&goal=1&party=&state=&shortlist=&flag=&sort=code&dir=desc", true);
		assertThat(partial.statusCode()).isEqualTo(200);
		assertThat(partial.headers().firstValue("HX-Push-Url").orElseThrow()).isEqualTo(table + "?goal=1&sort=code&dir=desc");

		Document page = page(admin, table + "?goal=1&party=CRAI&q=data");
		assertThat(one(page, "select[name=goal] option[selected]").val()).isEqualTo("1");
		Element party = one(page, "select[name=party] option[selected]");
		assertThat(party.val()).isEqualTo("CRAI");
		assertThat(party.text()).isEqualTo("CRAI");
		Element search = one(page, "input#filter-q");
		assertThat(search.attr("name")).isEqualTo("q");
		assertThat(search.val()).isEqualTo("data");
		Element reset = one(page, "a", "Nullstill");
		assertThat(reset.attr("href")).isEqualTo(table);
		assertThat(reset.hasClass("button")).isTrue();
		// Sorting keeps the filters.
		assertThat(one(page, "a#sort-code").attr("href")).isEqualTo(table + "?goal=1&party=CRAI&q=data&sort=code");
		// Each row's status form goes back to this very table after a post without JavaScript.
		assertThat(page.select("input[name=returnTo]").eachAttr("value")).isNotEmpty()
			.containsOnly(table + "?goal=1&party=CRAI&q=data");
	}

	@Test
	void columnsSortNaturallyAndSayHow() {
		List<String> byCode = new ArrayList<>(measures(item -> true));
		byCode.sort(CodeOrder.INSTANCE);
		Document page = page(admin, table + "?sort=code");
		List<String> codes = codes(page);
		assertThat(codes).containsExactlyElementsOf(byCode);
		assertThat(codes.indexOf("T1.10 a)")).isEqualTo(codes.indexOf("T1.6d)") + 1);
		assertThat(codes.indexOf("T1.5c")).isBetween(codes.indexOf("T1.4 b)"), codes.indexOf("T1.6 a)"));
		Element sorted = one(page, "th[aria-sort]");
		assertThat(sorted.attr("aria-sort")).isEqualTo("ascending");
		Element link = one(sorted, "a.sort-link");
		assertThat(link.id()).isEqualTo("sort-code");
		assertThat(link.attr("href")).isEqualTo(table + "?sort=code&dir=desc");
		assertThat(one(link, ".visually-hidden").text()).isEqualTo(", sorter synkende");
		assertThat(one(page, "table.plan-table caption").text())
			.isEqualTo("Tiltak i Handlingsplan for forskning 2025-2029, sortert etter kode, stigende");
		assertThat(page.select("[aria-sort]")).hasSize(1);

		List<String> descending = codes(page(admin, table + "?sort=code&dir=desc"));
		assertThat(descending).containsExactlyElementsOf(reversed(byCode));

		// State: worst first, ties in plan order; measures without status last, whichever the direction.
		Map<Long, StatusReport> latest = latest();
		List<String> withStatus = tree().allItems()
			.filter(item -> item.kind() == ItemKind.MEASURE && latest.containsKey(item.id()))
			.sorted(java.util.Comparator.comparing((PlanItem item) -> latest.get(item.id()).state(), Severity.WORST_FIRST_ORDER))
			.map(PlanItem::code)
			.toList();
		List<String> byState = codes(page(admin, table + "?sort=state"));
		assertThat(byState.subList(0, withStatus.size())).containsExactlyElementsOf(withStatus);
		assertThat(byState.get(0)).isEqualTo("T1.1 b)");
		List<String> byStateDesc = codes(page(admin, table + "?sort=state&dir=desc"));
		assertThat(byStateDesc.subList(0, withStatus.size())).containsExactlyInAnyOrderElementsOf(withStatus);
		assertThat(byStateDesc.get(withStatus.size() - 1)).isEqualTo("T1.1 b)");
		assertThat(byStateDesc.subList(withStatus.size(), byStateDesc.size())).doesNotContainAnyElementsOf(withStatus);

		// Deadline: earliest first, the ones without a deadline last.
		assertThat(codes(page(admin, table + "?sort=deadline")).subList(0, 3))
			.containsExactly("T2.1 a)", "T1.1 c)", "T3.3 a)");
		// Plan order backwards is plan order reversed.
		assertThat(codes(page(admin, table + "?sort=plan&dir=desc")))
			.containsExactlyElementsOf(reversed(measures(item -> true)));
	}

	@Test
	void aStatusIsRecordedInlineAndTheRowComesBackUpdated() {
		String key = forms.key(plan, "T1.2 a) b)");
		Element row = row(page(admin, table + "?goal=1"), "T1.2 a) b)");
		Element widget = one(row, "div.status-inline");
		assertThat(widget.id()).isEqualTo(key);
		assertThat(one(widget, "details.status-inline__edit").attr("hx-get"))
			.startsWith("/plans/" + plan + "/items/" + encoded("T1.2 a) b)") + "/status/form?returnTo=");
		assertThat(row.attr("hx-trigger")).isEqualTo("status-recorded");
		assertThat(row.attr("hx-get")).startsWith(table + "/rows/" + encoded("T1.2 a) b)") + "?recorded=true&returnTo=");

		HttpResponse<String> refused = postStatus(admin, "T1.2 a) b)", Map.of("state", "DELAYED", "asOf", today.toString(), "text", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Html.fragment(refused.body()).text()).contains("Beskriv hvorfor: denne statusen krever en forklaring.");
		assertThat(statusRows("T1.2 a) b)")).isZero();

		HttpResponse<String> saved = postStatus(admin, "T1.2 a) b)",
				Map.of("state", "AT_RISK", "asOf", today.toString(), "progress", "30", "text", "Seminaret er ikke booket."));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.headers().firstValue("HX-Trigger").orElseThrow()).isEqualTo("status-recorded");
		assertThat(statusRows("T1.2 a) b)")).isEqualTo(1);

		// What the row asks for when it hears "status-recorded".
		HttpResponse<String> fresh = get(admin, table + "/rows/" + encoded("T1.2 a) b)") + "?recorded=true&returnTo=" + url(table + "?goal=1"), true);
		assertThat(fresh.statusCode()).isEqualTo(200);
		Element updated = Html.fragment(fresh.body()).child(0);
		assertThat(updated.tagName()).isEqualTo("tr");
		assertThat(updated.id()).isEqualTo("row-" + key);
		assertThat(one(updated, ".state.state--AT_RISK").text()).isEqualTo("Risiko");
		assertThat(updated.text()).contains("30 %").contains("Statusen er registrert.");
		assertThat(updated.select("input[name=returnTo]").eachAttr("value")).isNotEmpty().containsOnly(table + "?goal=1");
		assertThat(get(admin, table + "/rows/" + encoded("T1.2 a) b)") + "?returnTo=" + url("//evil.example/"), true).body())
			.doesNotContain("evil");

		// Goals have no row; unknown items neither.
		assertThat(get(admin, table + "/rows/1", true).statusCode()).isEqualTo(404);
		assertThat(get(admin, table + "/rows/" + encoded("T9.9 z)"), true).statusCode()).isEqualTo(404);
	}

	@Test
	void theInlineFormIsOnlyForThoseWhoMayRecordAndTheServerRefusesTheOthers() {
		assertThat(page(admin, table).select(".status-inline__edit")).hasSize(measures(item -> true).size());

		Document readerPage = page(reader, table);
		assertThat(readerPage.select(".status-inline__edit, .shortlist-toggle, form[action*=/shortlists]")).isEmpty();
		assertThat(readerPage.select(".state.state--ON_TRACK").eachText()).contains("I rute");
		assertThat(page(otherEditor, table).select(".status-inline__edit")).isEmpty();

		// A CONTRIBUTOR for CRAI gets the form exactly where CRAI is among the measure's own parties.
		Document craiPage = page(craiContributor, table);
		for (String code : measures(item -> true)) {
			assertThat(row(craiPage, code).select(".status-inline__edit").isEmpty()).as(code)
				.isEqualTo(!parties(item(code)).contains("CRAI"));
		}
		assertThat(craiPage.select(".shortlist-toggle, form[action*=/shortlists]")).isEmpty();

		assertThat(postStatus(reader, "T1.3 d)", Map.of("state", "ON_TRACK", "asOf", today.toString())).statusCode())
			.isEqualTo(403);
		assertThat(postStatus(craiContributor, "T1.3 a)", Map.of("state", "ON_TRACK", "asOf", today.toString())).statusCode())
			.isEqualTo(403);
		assertThat(statusRows("T1.3 a)")).isZero();
		assertThat(postStatus(craiContributor, "T1.3 d)", Map.of("state", "ON_TRACK", "asOf", today.toString())).statusCode())
			.isEqualTo(200);
	}

	@Test
	void editorsMarkShortlistsFromARow() {
		Document page = page(admin, table);
		Element onList = one(row(page, "T1.1 a)"), "button[aria-pressed]");
		assertThat(onList.attr("aria-pressed")).isEqualTo("true");
		assertThat(one(onList, ".visually-hidden").text()).isEqualTo("– Kortliste 2026-2027");
		assertThat(one(row(page, "T1.1 b)"), "button[aria-pressed]").attr("aria-pressed")).isEqualTo("false");

		HttpResponse<String> on = post(admin, table + "/rows/" + encoded("T1.1 b)") + "/shortlists",
				Map.of("shortlist", "2026-2027", "on", "true", "returnTo", table + "?goal=1"), true);
		assertThat(on.statusCode()).isEqualTo(200);
		Element row = Html.fragment(on.body()).child(0);
		assertThat(row.tagName()).isEqualTo("tr");
		assertThat(row.id()).startsWith("row-");
		assertThat(row.hasClass("is-shortlisted")).isTrue();
		assertThat(one(row, "button[aria-pressed]").attr("aria-pressed")).isEqualTo("true");
		assertThat(row.text()).contains("T1.1 b) står nå på «Kortliste 2026-2027».");
		assertThat(item("T1.1 b)").isOn("2026-2027")).isTrue();

		HttpResponse<String> off = post(admin, table + "/rows/" + encoded("T1.1 b)") + "/shortlists",
				Map.of("shortlist", "2026-2027", "on", "false", "returnTo", table + "?goal=1"), false);
		assertThat(off.statusCode()).isEqualTo(302);
		assertThat(off.headers().firstValue("Location").orElseThrow()).endsWith(table + "?goal=1");
		assertThat(item("T1.1 b)").isOn("2026-2027")).isFalse();

		assertThat(post(reader, table + "/rows/" + encoded("T1.1 b)") + "/shortlists",
				Map.of("shortlist", "2026-2027", "on", "true"), true).statusCode()).isEqualTo(403);
		assertThat(item("T1.1 b)").isOn("2026-2027")).isFalse();
	}

	@Test
	void tiksMeasuresShowTheirSubgoalsIndicatorsAndParties() {
		String tik = "/plans/tik-forskning-2022-2025/table";
		Document page = page(admin, tik + "?party=FU");
		List<String> codes = codes(page);
		assertThat(codes).contains("1a.i", "1a.ii", "1d.i").doesNotContain("1b.i");
		Element row = row(page, "1a.i");
		PlanItem subgoal = plans.tree("tik-forskning-2022-2025").item("1a").orElseThrow();
		assertThat(one(row, "td.plan-table__goal").select("strong").eachText()).contains("1a");
		assertThat(row.text()).contains("Fra delmål 1a");
		assertThat(row.select("td.plan-table__indicators span").eachText()).contains(subgoal.indicators().get(0).text());
		assertThat(page(admin, tik).text()).contains("Mål og delmål");
	}

	private void assertRows(String query, Predicate<PlanItem> expected) {
		assertThat(codes(page(admin, table + query))).as(query).containsExactlyElementsOf(measures(expected));
	}

	private Map<Long, StatusReport> latest() {
		return statuses.latestByItem(tree().plan().id());
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private List<String> measures(Predicate<PlanItem> which) {
		return tree().allItems().filter(item -> item.kind() == ItemKind.MEASURE).filter(which).map(PlanItem::code).toList();
	}

	private PlanTree tree() {
		return plans.tree(plan);
	}

	private PlanItem item(String code) {
		return tree().item(code).orElseThrow();
	}

	private String goalOf(PlanItem item) {
		return tree().pathTo(item).get(0).code();
	}

	private static List<String> parties(PlanItem item) {
		return item.responsible().stream().map(Party::code).toList();
	}

	private static String searchable(PlanItem item) {
		return (item.code() + " " + item.label() + " " + item.indicators().stream().map(Indicator::text).collect(Collectors.joining(" ")))
			.toLowerCase(Locale.ROOT);
	}

	private void record(String code, State state, LocalDate asOf, String text) {
		statuses.record(plan, code, new StatusReport(state, asOf, null, text), null);
	}

	private WebSession person(Role role, java.util.function.LongConsumer setUp) {
		String username = AccountFixtures.unique("tbl-" + role.name().toLowerCase());
		setUp.accept(AccountFixtures.user(accounts, username, role));
		return WebSession.signedIn(port, username, AccountFixtures.PASSWORD);
	}

	private long statusRows(String itemCode) {
		return db.sql("""
				select count(*) from status_update s join plan_item i on i.id = s.item_id join plan p on p.id = i.plan_id
				where p.code = :plan and i.code = :item
				""").param("plan", plan).param("item", itemCode).query(Long.class).single();
	}

	private HttpResponse<String> postStatus(WebSession session, String item, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("view", "inline");
		form.put("returnTo", table);
		return post(session, "/plans/" + plan + "/items/" + encoded(item) + "/status", form, true);
	}

	private HttpResponse<String> post(WebSession session, String path, Map<String, String> fields, boolean htmx) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", WebSession.csrfToken(session.get("/").body()));
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return send(request);
	}

	private HttpResponse<String> get(WebSession session, String path, boolean htmx) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow())
			.GET();
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.build()
				.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Document page(WebSession session, String path) {
		HttpResponse<String> answer = session.get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Html.page(answer.body());
	}

	/** The codes of the table's rows, top to bottom. */
	private static List<String> codes(Document page) {
		return page.select("tr th.plan-table__code a.anchor-code").eachText();
	}

	/** One row of the table, found by its code. */
	private static Element row(Document page, String code) {
		return one(page, "tr th.plan-table__code a.anchor-code", code).closest("tr");
	}

	private static String url(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
