package no.planspor.audit;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.audit.internal.AuditFilter;
import no.planspor.audit.internal.AuditSearch;

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

	/** The labels of the given names that the page shows, in the page's order. */
	static List<String> shown(String body, String token, String... names) {
		return java.util.Arrays.stream(names)
			.filter(name -> body.contains(token + " " + name))
			.sorted(java.util.Comparator.comparingInt(name -> body.indexOf(token + " " + name)))
			.toList();
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
		String filtered = page(q(token) + "&type=PLAN&actor=system");
		assertThat(filtered).as("the form shows the filters in use")
			.contains("value=\"" + token + "\"")
			.containsPattern("<option value=\"PLAN\" selected")
			.containsPattern("<option value=\"system\" selected");
	}

	@Test
	void wildcardsInTheSearchTextAreTakenLiterally() {
		String token = AuditRows.unique("joker");
		AuditRows.insert(db, Instant.parse("2021-04-01T10:00:00Z"), "admin", "UPDATED", "ITEM", null, null,
				token + " X", null, null, null);

		assertThat(page(q(token.substring(0, 6) + "%" + token.substring(7)))).contains("Ingen endringer passer søket.");
		assertThat(page(q(token.substring(0, 6) + "_" + token.substring(7)))).contains("Ingen endringer passer søket.");
		assertThat(page(q(token.toUpperCase()))).as("case does not matter").contains(token + " X");
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
		Matcher more = Pattern.compile("href=\"(/admin/audit\\?[^\"]*before=\\d+)\"").matcher(first);
		assertThat(more.find()).as("a link to the next page").isTrue();
		String next = page(more.group(1).replace("&amp;", "&").substring("/admin/audit?".length()));

		assertThat(count(first, token + " #")).isEqualTo(50);
		assertThat(first).contains(token + " #60", token + " #11").doesNotContain(token + " #10");
		assertThat(first).contains("Vis flere");
		assertThat(count(next, token + " #")).isEqualTo(10);
		assertThat(next).contains(token + " #10", token + " #01", "Til de nyeste endringene")
			.doesNotContain("Vis flere");
	}

	@Test
	void aBadDateIsShownNextToItsFieldAndNothingIsListed() {
		HttpResponse<String> badDate = admin.get("/admin/audit?from=31.12.2021");
		HttpResponse<String> backwards = admin.get("/admin/audit?from=2021-12-31&to=2021-01-01");
		HttpResponse<String> badPlan = admin.get("/admin/audit?plan=krn");

		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("Skriv datoen som åååå-mm-dd", "id=\"from-error\"", "href=\"#from\"")
			.containsPattern("id=\"from\"[^>]*aria-invalid=\"true\"")
			.doesNotContain("<table class=\"data audit-table\"");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body()).contains("Til-datoen kan ikke være før fra-datoen.");
		assertThat(badPlan.statusCode()).isEqualTo(400);
	}

	@Test
	void thePageSpeaksEnglishToo() {
		String english = admin.get("/admin/audit?lang=en").body();

		assertThat(english).contains("Audit log", "Search the changes", "Imported");
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
		assertThat(page("plan=880905")).contains("bulk ");
	}

	String plan(AuditFilter filter, Long before) {
		AuditSearch.Query query = search.query(filter, before, 51);
		return String.join("\n", db.sql("explain " + query.sql()).params(query.params()).query(String.class).list());
	}

	static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
