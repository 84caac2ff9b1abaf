package no.planspor.audit;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.audit.internal.AuditFilter;
import no.planspor.audit.internal.AuditSearch;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' audit page: filters in the URL, newest first, 50 at a time. */
@PlansporTest
class AuditPageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditSearch search;

	AuditHttp admin;

	long krnPlan;

	long tikPlan;

	@BeforeEach
	void signIn() {
		admin = AuditHttp.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		krnPlan = db.sql("select id from plan where code = 'krn-forskning-2025-2029'").query(Long.class).single();
		tikPlan = db.sql("select id from plan where code = 'tik-forskning-2022-2025'").query(Long.class).single();
	}

	String page(String query) {
		HttpResponse<String> answer = admin.get("/admin/audit?" + query);
		assertThat(answer.statusCode()).as(query).isEqualTo(200);
		return answer.body();
	}

	static String q(String text) {
		return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** The labels of the given names that the page's rows show, in the page's order. */
	static List<String> shown(String body, String token, String... names) {
		List<String> rows = rows(body);
		return java.util.Arrays.stream(names)
			.filter(name -> rowOf(rows, token + " " + name) >= 0)
			.sorted(java.util.Comparator.comparingInt(name -> rowOf(rows, token + " " + name)))
			.toList();
	}

	/** The text of each row of the page's table of changes, top to bottom. */
	static List<String> rows(String body) {
		return Html.page(body).select("table.audit-table tbody tr").eachText();
	}

	static int rowOf(List<String> rows, String text) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void everyFilterNarrowsTheListAndTheNewestComesFirst() {
		String token = AuditRows.unique("sok");
		AuditRows.insert(db, Instant.parse("2021-03-01T10:00:00Z"), "admin", "UPDATED", "ITEM", krnPlan, 1L,
				token + " A", "text", "gammel", "ny");
		// 23:30 UTC on 2 March is half past midnight on 3 March in Oslo.
		AuditRows.insert(db, Instant.parse("2021-03-02T23:30:00Z"), "system", "CREATED", "PLAN", tikPlan, null,
				token + " B", null, null, "92 items");
		AuditRows.insert(db, Instant.parse("2021-03-05T10:00:00Z"), "admin", "RECORDED", "STATUS", krnPlan, 1L,
				"T1.1 a)", "state", null, token + " C");

		assertThat(shown(page(q(token)), token, "A", "B", "C")).containsExactly("C", "B", "A");
		assertThat(shown(page(q(token) + "&actor=admin"), token, "A", "B", "C")).containsExactly("C", "A");
		assertThat(shown(page(q(token) + "&type=PLAN"), token, "A", "B", "C")).containsExactly("B");
		assertThat(shown(page(q(token) + "&plan=" + krnPlan), token, "A", "B", "C")).containsExactly("C", "A");
		assertThat(shown(page(q(token) + "&from=2021-03-03"), token, "A", "B", "C")).containsExactly("C", "B");
		assertThat(shown(page(q(token) + "&to=2021-03-02"), token, "A", "B", "C")).containsExactly("A");
		assertThat(shown(page(q(token) + "&from=2021-03-02&to=2021-03-04&actor=system"), token, "A", "B", "C"))
			.containsExactly("B");
		Document filtered = Html.page(page(q(token) + "&type=PLAN&actor=system"));
		// The form shows the filters in use.
		assertThat(one(filtered, "input[name=q]").val()).isEqualTo(token);
		assertThat(one(filtered, "select[name=type] option[selected]").val()).isEqualTo("PLAN");
		assertThat(one(filtered, "select[name=actor] option[selected]").val()).isEqualTo("system");
	}

	@Test
	void wildcardsInTheSearchTextAreTakenLiterally() {
		String token = AuditRows.unique("joker");
		AuditRows.insert(db, Instant.parse("2021-04-01T10:00:00Z"), "admin", "UPDATED", "ITEM", null, null,
				token + " X", null, null, null);

		assertThat(one(Html.page(page(q(token.substring(0, 6) + "%" + token.substring(7)))), ".empty-note").text())
			.isEqualTo("Ingen endringer passer søket.");
		assertThat(one(Html.page(page(q(token.substring(0, 6) + "_" + token.substring(7)))), ".empty-note").text())
			.isEqualTo("Ingen endringer passer søket.");
		assertThat(rows(page(q(token.toUpperCase())))).as("case does not matter").anyMatch(row -> row.contains(token + " X"));
	}

	@Test
	void fiftyAtATimeWithALinkToTheNext() {
		String token = AuditRows.unique("side");
		Instant start = Instant.parse("2021-05-01T10:00:00Z");
		for (int i = 1; i <= 60; i++) {
			AuditRows.insert(db, start.plusSeconds(i), "admin", "UPDATED", "ITEM", null, null,
					token + " #%02d".formatted(i), null, null, null);
		}

		String first = page(q(token));
		Element more = one(Html.page(first), "nav.audit-paging a");
		assertThat(more.text()).as("a link to the next page").isEqualTo("Vis flere");
		assertThat(more.attr("href")).startsWith("/admin/audit?").containsPattern("before=\\d+");
		String next = page(more.attr("href").substring("/admin/audit?".length()));

		List<String> firstRows = rows(first);
		assertThat(firstRows).filteredOn(row -> row.contains(token + " #")).hasSize(50);
		assertThat(rowOf(firstRows, token + " #60")).isNotNegative();
		assertThat(rowOf(firstRows, token + " #11")).isNotNegative();
		assertThat(rowOf(firstRows, token + " #10")).isNegative();
		List<String> nextRows = rows(next);
		assertThat(nextRows).filteredOn(row -> row.contains(token + " #")).hasSize(10);
		assertThat(rowOf(nextRows, token + " #10")).isNotNegative();
		assertThat(rowOf(nextRows, token + " #01")).isNotNegative();
		Document nextPage = Html.page(next);
		assertThat(one(nextPage, ".audit-paging__top a").text()).endsWith("Til de nyeste endringene");
		assertThat(nextPage.select("nav.audit-paging")).isEmpty();
		assertThat(nextPage.text()).doesNotContain("Vis flere");
	}

	@Test
	void aBadDateIsShownNextToItsFieldAndNothingIsListed() {
		HttpResponse<String> badDate = admin.get("/admin/audit?from=31.12.2021");
		HttpResponse<String> backwards = admin.get("/admin/audit?from=2021-12-31&to=2021-01-01");
		HttpResponse<String> badPlan = admin.get("/admin/audit?plan=krn");

		assertThat(badDate.statusCode()).isEqualTo(400);
		Document bad = Html.page(badDate.body());
		assertThat(one(bad, "#from-error").text()).contains("Skriv datoen som åååå-mm-dd");
		assertThat(one(bad, ".error-summary").select("a").eachAttr("href")).contains("#from");
		assertThat(one(bad, "input#from").attr("aria-invalid")).isEqualTo("true");
		assertThat(bad.select("table.audit-table")).isEmpty();
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(Html.page(backwards.body()).text()).contains("Til-datoen kan ikke være før fra-datoen.");
		assertThat(badPlan.statusCode()).isEqualTo(400);
	}

	@Test
	void recordedValuesAreInTheReadersWordsWhetherWrittenWithKindsOrAsOldText() {
		String token = AuditRows.unique("ord");
		Instant at = Instant.parse("2021-04-01T10:00:00Z");
		// As written now: a kind and raw parts, in no language.
		AuditRows.insert(db, at, "admin", "RECORDED", "STATUS", krnPlan, 1L, token + " status", "state", null,
				"[\"status\",\"DELAYED\",\"2026-12-03\",\"40\"]");
		AuditRows.insert(db, at, "admin", "UPDATED", "INDICATOR", krnPlan, 1L, token + " mål", "target", null,
				"[\"target\",\"COUNT\",\"3\",\"studier\",\"PLAN\",null,null,null]");
		AuditRows.insert(db, at, "admin", "RECORDED", "MEASUREMENT", krnPlan, 1L, token + " måling", "value", null,
				"[\"measurement\",\"2\",\"2026-12-03\",\"MANUAL\"]");
		AuditRows.insert(db, at, "admin", "UPDATED", "USER", null, null, token + " rolle", "role",
				"[\"role\",\"READER\"]", "[\"role\",\"CONTRIBUTOR\"]");
		AuditRows.insert(db, at, "admin", "ARCHIVED", "ITEM", krnPlan, 1L, token + " slettet", null, null,
				"[\"archived-with\",\"0\",\"1\"]");
		AuditRows.insert(db, at, "system", "IMPORTED", "PLAN", krnPlan, null, token + " import", null, null,
				"[\"imported\",\"39\"]");
		AuditRows.insert(db, at, "admin", "UPDATED", "ITEM", krnPlan, 1L, token + " frist", "deadline", "2026-12-03",
				"2027-03-01");
		AuditRows.insert(db, at, "admin", "UPDATED", "PLAN", krnPlan, null, token + " vedtatt", "adoptedOn", null,
				"[\"date\",\"2026-05-11\"]");
		// As rows written before values had kinds still say them.
		AuditRows.insert(db, at, "admin", "RECORDED", "STATUS", krnPlan, 1L, token + " gammel status", "state", null,
				"AT_RISK per 2026-11-02");
		AuditRows.insert(db, at, "admin", "UPDATED", "INDICATOR", krnPlan, 1L, token + " gammelt mål", "target",
				null, "COUNT 3 studier per PLAN");
		AuditRows.insert(db, at, "admin", "RECORDED", "MEASUREMENT", krnPlan, 1L, token + " gammel måling", "value",
				null, "2 per 2026-12-03 (MANUAL)");
		AuditRows.insert(db, at, "admin", "UPDATED", "USER", null, null, token + " gammel rolle", "role", "READER",
				"CONTRIBUTOR");
		AuditRows.insert(db, at, "admin", "ARCHIVED", "ITEM", krnPlan, 1L, token + " gammel slettet", null, null,
				"2 items below, 1 indicators");
		AuditRows.insert(db, at, "system", "IMPORTED", "PLAN", krnPlan, null, token + " gammel import", null, null,
				"1 items");

		List<String> bokmal = rows(page(q(token)));
		assertThat(row(bokmal, token + " status")).contains("Forsinket per 3. desember 2026 (40 %)")
			.doesNotContain("(tom)").doesNotContain("DELAYED");
		assertThat(row(bokmal, token + " mål")).contains("minst 3 studier i planperioden").doesNotContain("COUNT");
		assertThat(row(bokmal, token + " måling")).contains("2 per 3. desember 2026, registrert for hånd")
			.doesNotContain("MANUAL");
		assertThat(row(bokmal, token + " rolle")).contains("Leser").contains("Bidragsyter").doesNotContain("CONTRIBUTOR");
		assertThat(row(bokmal, token + " slettet")).contains("ingen punkter under, 1 indikator")
			.doesNotContain("indikatorer")
			.as("an item a person deleted is not said to be archived").contains("Slettet").doesNotContain("Arkivert");
		assertThat(row(bokmal, token + " import")).contains("39 punkter").doesNotContain("items");
		assertThat(row(bokmal, token + " gammel status")).contains("Risiko per 2. november 2026").doesNotContain("AT_RISK");
		assertThat(row(bokmal, token + " gammelt mål")).contains("minst 3 studier i planperioden");
		assertThat(row(bokmal, token + " gammel måling")).contains("2 per 3. desember 2026, registrert for hånd");
		assertThat(row(bokmal, token + " gammel rolle")).contains("Leser").contains("Bidragsyter");
		assertThat(row(bokmal, token + " gammel slettet")).contains("2 punkter under, 1 indikator");
		assertThat(row(bokmal, token + " gammel import")).contains("1 punkt").doesNotContain("items");
		assertThat(row(bokmal, token + " frist")).contains("3. desember 2026", "1. mars 2027").doesNotContain("2027-03-01");
		assertThat(row(bokmal, token + " vedtatt")).contains("11. mai 2026");

		List<String> english = rows(page(q(token) + "&lang=en"));
		assertThat(row(english, token + " status")).contains("Delayed as of 3 December 2026 (40 %)");
		assertThat(row(english, token + " måling")).contains("2 as of 3 December 2026, entered by hand");
		assertThat(row(english, token + " rolle")).contains("Reader").contains("Contributor");
		assertThat(row(english, token + " slettet")).contains("no items below, 1 indicator").doesNotContain("indicators");
		assertThat(row(english, token + " gammel import")).contains("1 item").doesNotContain("items");
		assertThat(row(english, token + " frist")).contains("3 December 2026", "1 March 2027");
		assertThat(row(english, token + " vedtatt")).contains("11 May 2026");
	}

	static String row(List<String> rows, String label) {
		int at = rowOf(rows, label + " ");
		assertThat(at).as(label).isNotNegative();
		return rows.get(at);
	}

	@Test
	void thePageSpeaksEnglishToo() {
		Document english = Html.page(admin.get("/admin/audit?lang=en").body());

		assertThat(one(english, "h1").text()).isEqualTo("Audit log");
		assertThat(one(english, "label[for=q]").text()).isEqualTo("Search the changes");
		assertThat(english.select("table.audit-table .badge").eachText()).contains("Imported");
	}

	@Test
	void withManyRowsThePageWalksAnIndexInsteadOfTheWholeLog() {
		// A hundred thousand old rows, so that the planner has a reason to prefer an index.
		db.sql("""
				insert into audit_event (at, actor, action, entity_type, plan_id, item_id, label, field, old_value, new_value)
				select timestamptz '2000-01-01' + n * interval '1 minute', 'bulk', 'UPDATED', 'ITEM',
				       880900 + n % 40, 890000 + n % 5000, 'bulk ' || n, 'text', 'old ' || n, 'new ' || n
				from generate_series(1, 100000) n
				""").update();
		db.sql("analyze audit_event").update();
		ZoneId oslo = ZoneId.of("Europe/Oslo");

		String newest = plan(AuditFilter.parse(Map.of(), oslo), null);
		String ofOnePlan = plan(AuditFilter.parse(Map.of("plan", "880905"), oslo), null);
		String older = plan(AuditFilter.parse(Map.of(), oslo), 50_000L);

		assertThat(newest).contains("audit_event_at").doesNotContain("Seq Scan on audit_event");
		assertThat(ofOnePlan).contains("audit_event_plan").doesNotContain("Seq Scan on audit_event");
		assertThat(older).contains("audit_event_at").doesNotContain("Seq Scan on audit_event");
		assertThat(trail.forItem(890_007L)).hasSize(20);
		assertThat(rows(page("plan=880905"))).isNotEmpty().allMatch(row -> row.contains("bulk "));
	}

	String plan(AuditFilter filter, Long before) {
		AuditSearch.Query query = search.query(filter, before, 51);
		return String.join("\n", db.sql("explain " + query.sql()).params(query.params()).query(String.class).list());
	}
}
