package no.planspor.adoption;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consideration page and "Ny plan fra denne" as forms (issue 11 §4, §5): a refused form comes back
 * with its problems (400) and nothing written; a step the plan has moved past comes back as the page as
 * it is now, saying so (409); those who may not take a step are not offered its form.
 */
@PlansporTest
class AdoptionPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void aStepThePlanHasMovedPastIsA409ThatSaysSoAndBadInputA400() {
		String plan = AdoptionPlans.krnDraft(exchange, "vedtak-side");
		WebSession editor = WebSession.signedIn(port, AdoptionPlans.editorOf(accounts, db, plan), AccountFixtures.PASSWORD);
		String page = editor.get("/plans/" + plan + "/adoption").body();
		assertThat(Html.page(page).select("#adopt-section")).as("an editor is offered no adoption").isEmpty();
		String csrf = WebSession.csrfToken(page);

		HttpResponse<String> empty = editor.postForm("/plans/" + plan + "/adoption/submit", Map.of("_csrf", csrf, "body", " "));
		assertThat(empty.statusCode()).isEqualTo(400);
		Document refused = Html.page(empty.body());
		assertThat(refused.select("#submit-errors a[href=#body]")).hasSize(1);
		assertThat(refused.select("#body").attr("aria-invalid")).isEqualTo("true");

		HttpResponse<String> done = editor.postForm("/plans/" + plan + "/adoption/submit", Map.of("_csrf", csrf, "body", "FU KRN"));
		assertThat(done.statusCode()).isEqualTo(302);
		HttpResponse<String> again = editor.postForm("/plans/" + plan + "/adoption/submit", Map.of("_csrf", csrf, "body", "FU KRN"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Html.page(again.body()).select("#moved")).hasSize(1);
		assertThat(Html.page(again.body()).select(".adoption-panel").text()).contains("Til behandling i FU KRN");
		assertThat(db.sql("select count(*) from adoption_step s join plan p on p.id = s.plan_id where p.code = :code")
			.param("code", plan).query(Long.class).single()).isEqualTo(1);

		HttpResponse<String> adopt = editor.postForm("/plans/" + plan + "/adoption/adopt", Map.of("_csrf", csrf, "adoptedOn", "2026-05-11"));
		assertThat(adopt.statusCode()).as("an editor does not adopt").isEqualTo(403);
	}

	@Test
	void theNextPlanFormIsFilledInWithTheNextPeriodAndNamesItsProblems() {
		String plan = AdoptionPlans.krnDraft(exchange, "neste-side");
		WebSession editor = WebSession.signedIn(port, AdoptionPlans.editorOf(accounts, db, plan), AccountFixtures.PASSWORD);
		Document form = Html.page(editor.get("/plans/" + plan + "/next").body());
		assertThat(form.select("#periodFrom").val()).isEqualTo("2030");
		assertThat(form.select("#periodTo").val()).isEqualTo("2034");
		assertThat(form.select("#title").val()).isEqualTo("Handlingsplan for forskning 2030-2034");
		assertThat(form.select("#onlyOpen").hasAttr("checked")).isTrue();
		String csrf = WebSession.csrfToken(form.outerHtml());
		long plans = db.sql("select count(*) from plan").query(Long.class).single();

		HttpResponse<String> refused = editor.postForm("/plans/" + plan + "/next", Map.of("_csrf", csrf, "code", plan,
				"title", "T", "periodFrom", "2027", "periodTo", "år"));
		assertThat(refused.statusCode()).isEqualTo(400);
		Document page = Html.page(refused.body());
		assertThat(page.select("#error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#code", "#periodTo");
		assertThat(page.select("#periodTo").val()).as("what was typed comes back").isEqualTo("år");
		HttpResponse<String> overlapping = editor.postForm("/plans/" + plan + "/next", Map.of("_csrf", csrf, "code",
				plan + "-ny", "title", "T", "periodFrom", "2027", "periodTo", "2031"));
		assertThat(overlapping.statusCode()).isEqualTo(400);
		assertThat(Html.page(overlapping.body()).select("#periodFrom-error").text()).contains("overlapper");
		assertThat(db.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plans);

		WebSession reader = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		assertThat(reader.get("/plans/" + plan + "/next").statusCode()).isEqualTo(200);
		String stranger = AccountFixtures.unique("fremmed");
		AccountFixtures.user(accounts, stranger, no.planspor.account.Role.EDITOR);
		assertThat(WebSession.signedIn(port, stranger, AccountFixtures.PASSWORD).get("/plans/" + plan + "/next").statusCode())
			.isEqualTo(403);
	}
}
