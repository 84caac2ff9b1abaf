package no.planspor.version;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;


import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;
import no.planspor.plan.editing.ItemFieldsEditing;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/** The versions pages: the list with its form, and what changed, in the reader's words. */
@PlansporTest
class VersionPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	ItemFieldsEditing fields;

	@Autowired
	UserAccounts accounts;

	@Autowired
	no.planspor.plan.IndicatorTargets targets;

	String plan;

	WebSession admin;

	@BeforeEach
	void copyOfKrn() {
		plan = VersionPlans.krnCopy(exchange, "versjonsider");
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	@Test
	void anEditorMakesAVersionAndSeesWhatChangedSinceWordByWord() {
		String list = admin.get("/plans/" + plan + "/versions").body();
		assertThat(one(Html.page(list), ".empty-note").text()).isEqualTo("Planen har ingen versjoner ennå.");

		HttpResponse<String> blank = admin.postForm("/plans/" + plan + "/versions",
				Map.of("label", " ", "_csrf", WebSession.csrfToken(list)));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(blank.body()), ".error-summary").text()).contains("Gi versjonen et navn");

		HttpResponse<String> made = admin.postForm("/plans/" + plan + "/versions",
				Map.of("label", "Vedtatt 11.05.2026", "_csrf", WebSession.csrfToken(list)));
		assertThat(made.statusCode()).isEqualTo(302);
		Document versions = Html.page(admin.get("/plans/" + plan + "/versions").body());
		Element row = one(versions, "tr#version-1");
		assertThat(one(row, "th").text()).isEqualTo("Vedtatt 11.05.2026");
		assertThat(row.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

		edit("T1.1 a)", "Bruke anbefalinger i nye rapporter");
		Document compare = Html.page(admin.get("/plans/" + plan + "/versions/compare?from=1").body());

		assertThat(one(compare, ".page-head__lead").text()).isEqualTo("Fra versjon 1 «Vedtatt 11.05.2026» til planen slik den er nå.");
		List<String> counts = compare.select(".change-counts li").eachText();
		assertThat(counts).containsExactly("0 punkter lagt til", "1 punkt endret", "0 punkter flyttet", "0 punkter fjernet");
		Element item = one(compare, "article.change-item");
		assertThat(one(item, "h3").text()).isEqualTo("Tiltak T1.1 a)");
		assertThat(one(item, "dt").text()).isEqualTo("Tekst");
		assertThat(item.select("dd ins").eachText()).containsExactly("nye");
		assertThat(one(item.closest("section"), "h2").text()).isEqualTo("Mål 1: Drive forskning som forbedrer klinisk praksis");
		assertThat(item.select(".change-item__label")).isEmpty();
	}

	@Test
	void inEnglishAndForReaders() {
		String reader = AccountFixtures.unique("leser");
		AccountFixtures.user(accounts, reader, Role.READER);
		WebSession asReader = WebSession.signedIn(port, reader, AccountFixtures.PASSWORD);
		String list = admin.get("/plans/" + plan + "/versions").body();
		admin.postForm("/plans/" + plan + "/versions", Map.of("label", "Før", "_csrf", WebSession.csrfToken(list)));
		edit("T1.1 a)", "Helt ny tekst");

		Document page = Html.page(asReader.get("/plans/" + plan + "/versions?lang=en").body());
		assertThat(page.select("main form[method=post]")).isEmpty();
		assertThat(one(page, "h1").text()).isEqualTo("Versions");
		Document compare = Html.page(asReader.get("/plans/" + plan + "/versions/compare?from=1&lang=en").body());
		assertThat(compare.select(".change-counts li").eachText()).contains("1 item changed");
		assertThat(one(compare, "dt").text()).isEqualTo("Text");

		HttpResponse<String> unknown = asReader.get("/plans/" + plan + "/versions/compare?from=9");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(unknown.body()), ".error-summary").text()).contains("has no version 9");
		HttpResponse<String> download = asReader.get("/plans/" + plan + "/versions/1/export.json");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).contains("\"format\": \"planspor-plan/1\"");
	}

	@Test
	void targetChangesShowWithTheirValuesAndDatesAndWordChangesAreNamedForScreenReaders() {
		String list = admin.get("/plans/" + plan + "/versions").body();
		admin.postForm("/plans/" + plan + "/versions", Map.of("label", "Før", "_csrf", WebSession.csrfToken(list)));
		var indicator = plans.tree(plan).item("T1.1 a)").orElseThrow().indicators().get(1);
		no.planspor.account.SystemIdentity.call(() -> targets.setTarget(plan, "T1.1 a)", 2,
				new no.planspor.plan.Target(no.planspor.plan.Target.Kind.COUNT, new java.math.BigDecimal("3"), "PhD", null,
						new no.planspor.plan.Target.Baseline(new java.math.BigDecimal("1"), java.time.LocalDate.of(2025, 1, 1)),
						java.time.LocalDate.of(2027, 12, 31)),
				indicator.version()));
		edit("T1.1 b)", "Helt ny tekst");

		Document compare = Html.page(admin.get("/plans/" + plan + "/versions/compare?from=1").body());
		Element a = one(compare, "article.change-item h3", "Tiltak T1.1 a)").parent();
		assertThat(one(a, "dt").text()).isEqualTo("Resultatindikatorer");
		assertThat(one(a, ".change-before").text()).contains("Økt bredde på forskning").doesNotContain("mål:");
		assertThat(one(a, ".change-after").text())
			.contains("Økt bredde på forskning — mål: minst 3 PhD fra 1 (1. januar 2025) innen 31. desember 2027");

		Element b = one(compare, "article.change-item h3", "Tiltak T1.1 b)").parent();
		assertThat(b.select("dd ins").eachText()).isNotEmpty();
		Element firstIns = b.select("dd ins").first();
		assertThat(firstIns.previousElementSibling().text()).isEqualTo("[lagt til:");
		assertThat(firstIns.previousElementSibling().hasClass("visually-hidden")).isTrue();
		assertThat(firstIns.nextElementSibling().text()).isEqualTo("]");
		Element firstDel = b.select("dd del").first();
		assertThat(firstDel.previousElementSibling().text()).isEqualTo("[fjernet:");

		Document english = Html.page(admin.get("/plans/" + plan + "/versions/compare?from=1&lang=en").body());
		assertThat(one(english, "article.change-item h3", "Measure T1.1 a)").parent().select(".change-after").text()).contains("— target: at least 3 PhD");
		assertThat(english.select("dd .visually-hidden").eachText()).contains("[added:", "[removed:");
	}

	private void edit(String code, String text) {
		VersionPlans.editText(plans, fields, plan, code, text);
	}
}
