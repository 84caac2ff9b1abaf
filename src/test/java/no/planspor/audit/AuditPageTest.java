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
