package no.planspor.review;

import java.net.http.HttpResponse;
import java.util.HashMap;
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
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/** The review pages: deciding with the forms, a stale save, the steps, a refused adoption and the summary. */
@PlansporTest
class ReviewPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	ReviewPlans krn;

	WebSession editor;

	WebSession leader;

	@BeforeEach
	void krnCopy() {
		krn = ReviewPlans.krn(exchange, accounts, db, "gjennomgangsider");
		editor = WebSession.signedIn(port, krn.editor, AccountFixtures.PASSWORD);
		leader = WebSession.signedIn(port, krn.leader, AccountFixtures.PASSWORD);
	}

	@Test
	void anEditorDecidesWithReasonsSeesTheChangeAndALeaderAdoptsIt() {
		String plan = "/plans/" + krn.plan;
		assertThat(one(Html.page(editor.get(plan).body()), ".page-head__actions a[href$=/reviews]").text()).isEqualTo("Gjennomgang");
		String list = editor.get(plan + "/reviews").body();
		HttpResponse<String> opened = editor.postForm(plan + "/reviews", Map.of("_csrf", WebSession.csrfToken(list)));
		assertThat(opened.statusCode()).isEqualTo(302);
		String page = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Document review = Html.page(editor.get(page).body());
		assertThat(one(review, "#review-progress").text()).isEqualTo("Besluttet 0 av 34 tiltak");
		// Readers of the plan are told a revision is under way, and where
		Document underWay = Html.page(leader.get(plan).body());
		assertThat(one(underWay, ".alert--info[role=note]").text()).contains("En gjennomgang av planen pågår", "Åpnet ");
		assertThat(one(underWay, ".alert--info[role=note] a").attr("href")).isEqualTo(page);
		long a = plans.tree(krn.plan).requireItem("T1.1 a)").id();
		String token = WebSession.csrfToken(editor.get(page).body());
		String newText = plans.tree(krn.plan).requireItem("T1.1 a)").text().replace("i rapporter", "i nye rapporter");

		HttpResponse<String> noReason = editor.postForm(page + "/decisions",
				decision(token, "T1.1 a)", "ADJUST", " ", "Ny tekst", ""));
		assertThat(noReason.statusCode()).isEqualTo(400);
		Document refused = Html.page(noReason.body());
		assertThat(one(refused, "#m" + a + "-errors").text()).contains("Begrunnelse: Skriv en begrunnelse.");
		assertThat(one(refused, "#m" + a + " details").hasAttr("open")).isTrue();
		assertThat(one(refused, "#m" + a + "-text").text()).isEqualTo("Ny tekst");

		HttpResponse<String> saved = editor.postForm(page + "/decisions", decision(token, "T1.1 a)", "ADJUST",
				"Gjøres mer konkret", newText, ""));
		assertThat(saved.statusCode()).isEqualTo(302);
		Document decided = Html.page(editor.get(page).body());
		Element row = one(decided, "#m" + a);
		assertThat(one(row, ".badge--decision-ADJUST").text()).isEqualTo("Justere");
		assertThat(one(row, ".review-item__reason").text()).isEqualTo("Gjøres mer konkret");
		assertThat(row.select(".change-words ins").eachText()).containsExactly("nye");
		assertThat(one(decided, "#review-progress").text()).isEqualTo("Besluttet 1 av 34 tiltak");

		HttpResponse<String> stale = editor.postForm(page + "/decisions",
				decision(token, "T1.1 a)", "CONTINUE", "Fra en gammel side", "", ""));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(one(Html.page(stale.body()), ".conflict").text()).contains("Fra en gammel side", "Gjøres mer konkret");

		HttpResponse<String> submitted = editor.postForm(page + "/submit", Map.of("_csrf", token, "body", "FU KRN"));
		assertThat(submitted.statusCode()).isEqualTo(302);
		String leaderPage = leader.get(page).body();
		assertThat(one(Html.page(leaderPage), "#workflow").text()).contains("Til behandling i FU KRN");
		HttpResponse<String> applied = leader.postForm(page + "/apply", Map.of("_csrf", WebSession.csrfToken(leaderPage)));
		assertThat(applied.statusCode()).isEqualTo(302);
		assertThat(plans.tree(krn.plan).requireItem("T1.1 a)").text()).isEqualTo(newText);
		assertThat(Html.page(leader.get(plan).body()).select(".alert--info[role=note]")).as("applied: no revision under way")
			.isEmpty();

		HttpResponse<String> again = leader.postForm(page + "/apply", Map.of("_csrf", WebSession.csrfToken(leaderPage)));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(one(Html.page(again.body()), "#workflow-errors").text()).contains("allerede vedtatt");

		Document summary = Html.page(editor.get(page + "/summary").body());
		assertThat(one(summary, "#group-ADJUST").text()).isEqualTo("Justeres (1)");
		assertThat(one(summary, ".review-summary-table tbody tr").text()).contains("T1.1 a)", "Gjøres mer konkret");
		assertThat(summary.select(".review-changes-table tbody tr").eachText())
			.anyMatch(line -> line.startsWith("T1.1 a) Endret: Tekst"));
		assertThat(summary.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(one(summary, ".page-head__meta").text()).contains("Besluttet 1 av 34 tiltak");
		assertThat(summary.select(".review-changes-table .change-words ins").eachText()).contains("nye");

		HttpResponse<String> pdf = editor.get(page + "/summary.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
	}

	@Test
	void aRefusedAdoptionNamesTheDecisionThatFailedAndChangesNothing() {
		String plan = "/plans/" + krn.plan;
		String token = WebSession.csrfToken(editor.get(plan + "/reviews").body());
		String page = editor.postForm(plan + "/reviews", Map.of("_csrf", token))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		assertThat(editor.postForm(page + "/decisions", decision(token, "T1.1 b)", "STOP", "Avsluttes", "", ""))
			.statusCode()).isEqualTo(302);
		assertThat(editor.postForm(page + "/submit", Map.of("_csrf", token, "body", "FU KRN")).statusCode()).isEqualTo(302);
		// The measure is archived by hand meanwhile.
		var b = plans.tree(krn.plan).requireItem("T1.1 b)");
		db.sql("update plan_item set version = version + 1 where id = :id").param("id", b.id()).update();

		String leaderPage = leader.get(page).body();
		HttpResponse<String> refused = leader.postForm(page + "/apply", Map.of("_csrf", WebSession.csrfToken(leaderPage)));

		assertThat(refused.statusCode()).isEqualTo(400);
		Element errors = one(Html.page(refused.body()), "#workflow-errors");
		assertThat(errors.text()).contains("Avslutningen av T1.1 b) kunne ikke gjennomføres, og ingenting er endret.",
				"T1.1 b) er endret i planen etter at beslutningen ble tatt.");
		assertThat(plans.tree(krn.plan).item("T1.1 b)")).isPresent();
	}

	static Map<String, String> decision(String token, String item, String kind, String reason, String text,
			String version) {
		Map<String, String> form = new HashMap<>();
		form.put("_csrf", token);
		form.put("item", item);
		form.put("kind", kind);
		form.put("reason", reason);
		form.put("text", text);
		form.put("version", version);
		form.put("deadline", "");
		form.put("responsible", "FU KRN");
		form.put("indicators", "Økt bredde på forskning");
		return form;
	}
}
