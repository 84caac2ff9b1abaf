package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.SqlStatementCounter;
import no.planspor.account.UserAccounts;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;

/** The reading pages as a signed-in reader gets them: what the documents say, where links lead. */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class PlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PlanReader plans;

	@Test
	void homeListsThePlansByUnitWithTheHospitalBeforeItsClinics() throws Exception {
		Html page = page("/");

		int ous = page.text().indexOf("id=\"unit-OUS\"");
		int krn = page.text().indexOf("id=\"unit-KRN\"");
		int tik = page.text().indexOf("id=\"unit-TIK\"");
		assertThat(ous).isPositive().isLessThan(krn).isLessThan(tik);
		assertThat(page.contains("href=\"/plans/krn-forskning-2025-2029\">Handlingsplan for forskning 2025-2029</a>")).isTrue();
		assertThat(page.contains("href=\"/plans/tik-forskning-2022-2025\">Handlingsplan forskning 2022-2025</a>")).isTrue();
		assertThat(page.contains("href=\"/plans/ous-forskningsstrategi-2025-2029\">Forskningsstrategi 2025-2029</a>")).isTrue();
		Html krnGroup = page.between("id=\"unit-KRN\"", "</section>");
		assertThat(krnGroup.contains("Del av Oslo universitetssykehus HF")).isTrue();
		assertThat(krnGroup.contains(">Handlingsplan</span>")).isTrue();
		assertThat(krnGroup.contains(">Vedtatt</span>")).isTrue();
		assertThat(krnGroup.contains("2025–2029")).isTrue();
		assertThat(krnGroup.contains("Bygger på</span> <a href=\"/plans/ous-forskningsstrategi-2025-2029\">Forskningsstrategi 2025-2029</a>"))
			.isTrue();
		assertThat(page.between("id=\"unit-OUS\"", "</section>").contains(">Forskningsstrategi</span>")).isTrue();
	}

	@Test
	void pagesNeedSignIn() throws Exception {
		mvc.perform(get("/plans/krn-forskning-2025-2029")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void krnGoalQuotesTheStrategyItemsFromTheStrategyPlan() throws Exception {
		PlanItem strategy11 = plans.tree(ReportPlans.STRATEGY).item("1.1").orElseThrow();
		Html goal1 = page("/plans/krn-forskning-2025-2029").element("section", "item-1");

		assertThat(goal1.contains("Mål 1:</a> <span>Drive forskning som forbedrer klinisk praksis</span>")).isTrue();
		assertThat(goal1.contains("Fra strategien:")).isTrue();
		Html quote = goal1.between("<blockquote class=\"strategy-quote\">", "</blockquote>");
		assertThat(quote.text()).contains(
				"<a href=\"/plans/ous-forskningsstrategi-2025-2029/items/1.1\">Strategi 1.1</a> <span>" + strategy11.text() + "</span>");
		assertThat(goal1.count("<blockquote class=\"strategy-quote\">")).as("1.1, 1.2, 1.3, 1.4, 1.6").isEqualTo(5);
		assertThat(goal1.contains("<a href=\"/plans/ous-forskningsstrategi-2025-2029/items/1\">Hovedmål 1 i Forskningsstrategi 2025-2029</a>"))
			.isTrue();
		// The measures of goal 1, in a table with KRN's columns; T1.1 c) brings the Kommentar column.
		assertThat(goal1.contains("<th scope=\"col\">Hovedtiltak</th> <th scope=\"col\">Resultatindikator</th> <th scope=\"col\">Hovedansvar</th> <th scope=\"col\">Kommentar</th>"))
			.isTrue();
		assertThat(goal1.contains("<th scope=\"col\">Frist</th>")).isFalse();
		assertThat(goal1.element("tr", "item-T1.1-c").text()).contains("Hovedansvar: FG ledere, forskere, Forskningsleder med flere");
	}

	@Test
	void krnPageShowsAdoptionNotesAndResponsiblePartiesAsInTheDocument() throws Exception {
		Html page = page("/plans/krn-forskning-2025-2029");

		assertThat(page.contains("Vedtatt 11. mai 2026 av Klinikkledermøtet i KRN")).isTrue();
		assertThat(page.contains("Er behandlet i FU KRN, av FG ledere i KRN. Vedtatt etter klinikkledermøte i KRN 11.05.26")).isTrue();
		assertThat(page.element("section", "item-4").text())
			.contains("<p class=\"note\">Merknad: det skal utarbeides ny innovasjonsstrategi som vil gå mer i dybden</p>");
		// The introduction has no heading in the source, and gets none here.
		assertThat(page.text()).containsPattern("<div class=\"prose plan-section\" id=\"section-1\"><p>KRN sin handlingsplan bygger på");
		assertThat(page.element("tr", "item-T1.1-a").text())
			.contains("<abbr title=\"Forskningsutvalget i KRN\">FU KRN</abbr>")
			.contains("<li>Forskningsleder</li>");
		assertThat(page.contains("<a class=\"button\" href=\"/plans/krn-forskning-2025-2029/export.json\" download>Last ned JSON</a>")).isTrue();
	}

	@Test
	void seeAlsoLinksToTheAnchorOfTheItemItPointsAt() throws Exception {
		Html page = page("/plans/krn-forskning-2025-2029");

		assertThat(page.element("tr", "item-T2.1-c").text()).contains("<a href=\"#item-T2.1-d\">Se pkt T2.1 d)</a>");
		assertThat(page.element("tr", "item-T2.1-d").text()).contains("Avdelingsledere");
		assertThat(page.element("tr", "item-T4.1-a").text()).contains("<a href=\"#item-T1.2-a-b\">Se pkt T1.2 a) b)</a>");
		assertThat(page.contains("id=\"item-T1.2-a-b\"")).isTrue();
		assertThat(page.element("tr", "item-T1.1-a").text())
			.contains("<a class=\"anchor-code\" href=\"/plans/krn-forskning-2025-2029/items/T1.1%20a)\">T1.1 a)</a>");
	}

	@Test
	void tikPageMirrorsItsTableWithSubGoalsMeasuresAndAbbreviations() throws Exception {
		Html page = page("/plans/tik-forskning-2022-2025");

		assertThat(page.contains("<caption>Tabell 1. Forkortelser for ansvarlige</caption>")).isTrue();
		assertThat(page.contains("<th scope=\"row\">AL</th> <td>Avdelingsleder</td> <td>Rolle</td>")).isTrue();
		assertThat(page.contains("<th scope=\"row\">FU</th> <td>TIK forskningsutvalg</td> <td>Organ</td>")).isTrue();
		assertThat(page.contains("«Vi skal være landets ledende forskningsinstitusjon innen våre fagfelt")).isTrue();
		assertThat(page.between("<table class=\"data data--stack subgoal-table\">", "</thead>").text()).contains(
				"<th scope=\"col\">Delmål</th> <th scope=\"col\">Tiltak</th> <th scope=\"col\">Indikator</th> <th scope=\"col\">Ansvar</th> <th scope=\"col\">Frist</th> <th scope=\"col\">Kommentar</th>");

		Html subgoal2d = page.element("tr", "item-2d");
		assertThat(subgoal2d.text()).contains(">2d.</a> <span>Sørge for infrastruktur og kjernefasiliteter");
		assertThat(subgoal2d.count("<li id=\"item-2d.")).isEqualTo(3);
		assertThat(subgoal2d.text()).contains(">i.</a>", ">ii.</a>", ">iii.</a>",
				"<a class=\"anchor-code\" href=\"/plans/tik-forskning-2022-2025/items/2d.iii\">iii.</a>");
		Html indicators = subgoal2d.between("data-label=\"Indikator\"", "</td>");
		assertThat(indicators.count("<li>")).isEqualTo(5);
		assertThat(indicators.text()).contains("Etablere egen celllelab på Fysisk institutt for tverrfaglig grunnforskning og styrket kobling mellom Medfak og MatNat.");
		assertThat(subgoal2d.text()).contains("<abbr title=\"Klinikkleder\">KL</abbr>", "<abbr title=\"Avdelingsleder\">AL</abbr>",
				"<abbr title=\"TIK forskningsutvalg\">FU</abbr>");
	}

	@Test
	void strategyPageCountsWhatBuildsOnEachItem() throws Exception {
		Html page = page("/plans/ous-forskningsstrategi-2025-2029");

		Html item11 = page.element("li", "item-1.1");
		assertThat(item11.text()).contains(">Strategi 1.1</a>", "<abbr title=\"Klinikk for radiologi og nukleærmedisin: Handlingsplan for forskning 2025-2029\">KRN</abbr>",
				"3 tiltak og 1 mål");
		assertThat(page.element("section", "item-5").text()).doesNotContain("strategy-item");
		assertThat(page.contains("Hovedmål 1:")).isTrue();
	}

	@Test
	void strategyItemPageListsEveryItemThatBuildsOnIt() throws Exception {
		Html page = page("/plans/ous-forskningsstrategi-2025-2029/items/1.1");

		Html linking = page.between("id=\"linking-title\"", "</section> </section>");
		assertThat(linking.text()).contains("<a href=\"/plans/krn-forskning-2025-2029\">Handlingsplan for forskning 2025-2029</a>",
				"href=\"/plans/krn-forskning-2025-2029/items/1\">Mål 1</a>",
				"href=\"/plans/krn-forskning-2025-2029/items/T1.1%20a)\">Tiltak T1.1 a)</a>",
				"href=\"/plans/krn-forskning-2025-2029/items/T1.1%20b)\">Tiltak T1.1 b)</a>",
				"href=\"/plans/krn-forskning-2025-2029/items/T1.1%20c)\">Tiltak T1.1 c)</a>");
		assertThat(linking.text()).doesNotContain("T1.2");
		assertThat(page.contains("<a class=\"button\" href=\"/plans/ous-forskningsstrategi-2025-2029#item-1.1\">Tilbake til planen</a>")).isTrue();
	}

	@Test
	void measurePageShowsItsPlaceResponsiblePartiesAndStrategy() throws Exception {
		Html page = page("/plans/krn-forskning-2025-2029/items/T1.1%20a)");

		assertThat(page.between("<nav class=\"breadcrumbs", "</nav>").text()).contains(
				"<a href=\"/\">Planer</a>", "<a href=\"/plans/krn-forskning-2025-2029\">Handlingsplan for forskning 2025-2029</a>",
				"<a href=\"/plans/krn-forskning-2025-2029/items/1\">Mål 1</a></li> <li><span aria-current=\"page\">Tiltak T1.1 a)</span></li>");
		assertThat(page.contains("<h1> <span class=\"item-code\">Tiltak T1.1 a)</span> </h1>")).isTrue();
		assertThat(page.contains("Bruke anbefalinger i rapporter fra Forskningsrådets nasjonale fagevaluering")).isTrue();
		assertThat(page.contains("<strong>FU KRN</strong> – <span>Forskningsutvalget i KRN</span>")).isTrue();
		assertThat(page.contains("<strong>FG ledere</strong> – <span>Forskningsgruppeledere</span>")).isTrue();
		assertThat(page.contains("<a href=\"/plans/ous-forskningsstrategi-2025-2029/items/1.1\">Strategi 1.1</a>")).isTrue();
		assertThat(page.contains("<span>Økt bredde på forskning</span> </p>")).isTrue();
		assertThat(page.contains("href=\"/plans/krn-forskning-2025-2029#item-T1.1-a\">Tilbake til planen</a>")).isTrue();
		// The anchor the back link points at is on the plan page.
		assertThat(page("/plans/krn-forskning-2025-2029").contains("<tr id=\"item-T1.1-a\"")).isTrue();
	}

	@Test
	void seeAlsoWorksBothWaysOnItemPages() throws Exception {
		assertThat(page("/plans/krn-forskning-2025-2029/items/T2.1%20c)").text())
			.contains("href=\"/plans/krn-forskning-2025-2029/items/T2.1%20d)\">Se pkt T2.1 d)</a>");
		assertThat(page("/plans/krn-forskning-2025-2029/items/T2.1%20d)").text())
			.contains("href=\"/plans/krn-forskning-2025-2029/items/T2.1%20c)\">T2.1 c) viser hit</a>");
	}

	@Test
	void tikMeasurePageSitsUnderItsSubGoal() throws Exception {
		Html page = page("/plans/tik-forskning-2022-2025/items/1a.ii");

		assertThat(page.between("<nav class=\"breadcrumbs", "</nav>").text()).contains(">Mål 1</a>", ">Delmål 1a</a>",
				"<span aria-current=\"page\">Tiltak 1a.ii</span>");
		assertThat(page.contains("href=\"/plans/tik-forskning-2022-2025#item-1a.ii\">Tilbake til planen</a>")).isTrue();
		assertThat(page("/plans/tik-forskning-2022-2025/items/1a").text())
			.contains("href=\"/plans/tik-forskning-2022-2025/items/1a.ii\">Tiltak ii</a>", "<strong>AL</strong> – <span>Avdelingsleder</span>")
			.doesNotContain("Bygger på strategien");
	}

	@Test
	void unknownPlansAndItemsAreNotFound() throws Exception {
		assertThat(notFound("/plans/finnes-ikke")).contains("Fant ingen plan med koden «finnes-ikke».");
		assertThat(notFound("/plans/krn-forskning-2025-2029/items/T9.9%20z)"))
			.contains("Fant ikke punktet «T9.9 z)» i planen «krn-forskning-2025-2029».");
		assertThat(notFound("/plans/finnes-ikke/items/1")).contains("Fant ikke punktet «1» i planen «finnes-ikke».");
		// A strategy item's code is not a code of the action plan.
		assertThat(notFound("/plans/krn-forskning-2025-2029/items/1.1")).contains("«1.1»");
	}

	@Test
	void englishTextsWithLangEn() throws Exception {
		Html plan = page("/plans/krn-forskning-2025-2029?lang=en");
		assertThat(plan.contains("<html lang=\"en\">")).isTrue();
		assertThat(plan.text()).contains("Adopted on 11 May 2026 by Klinikkledermøtet i KRN", "Goal 1:</a>",
				"From the strategy:", ">Strategy 1.1</a>", "Main goal 1 in Forskningsstrategi 2025-2029",
				"<th scope=\"col\">Main measure</th>", "See item T2.1 d)", "Download JSON", "Light green rows are on a shortlist:",
				"Kortliste 2026-2027</span> <span>no items</span>");
		assertThat(page("/plans/tik-forskning-2022-2025?lang=en").text()).contains(
				"<caption>Table 1. Abbreviations for responsible parties</caption>", "<th scope=\"col\">Sub-goal</th>",
				"<td>Avdelingsleder</td> <td>Role</td>");
		assertThat(page("/?lang=en").text()).contains("<h1>Plans</h1>", ">Action plan</span>", ">Research strategy</span>",
				">Adopted</span>", "Builds on</span>");
		assertThat(page("/plans/ous-forskningsstrategi-2025-2029/items/1.1?lang=en").text()).contains(
				"Goals and measures that build on this item", ">Measure T1.1 a)</a>", "Back to the plan");
		assertThat(notFound("/plans/krn-forskning-2025-2029/items/T9?lang=en"))
			.contains("The item “T9” was not found in the plan “krn-forskning-2025-2029”.");
	}

	@Test
	void sectionMarkdownIsRenderedWithRawHtmlEscapedAndOnlyWebLinks() throws Exception {
		String code = ReportPlans.freshCode("rpt-markdown");
		ObjectNode doc = ReportPlans.krnCopy(code);
		doc.withArray("sections").addObject().put("heading", "Farlig innhold").put("body", """
				Tekst <script>alert('x')</script> og <img src=x onerror="alert(1)">.

				# En overskrift

				[lenke](javascript:alert(1)), [data](data:text/html;base64,PHNjcmlwdD4=), [trygg](https://example.org/a) og [relativ](/plans).

				<div onclick="alert(2)">blokk</div>
				""");
		importPlan(doc);

		Html section = page("/plans/" + code).between("Farlig innhold</h2>", "</section>");
		assertThat(section.text()).doesNotContain("<script", "<img", "<div onclick", "javascript:", "data:text")
			.contains("&lt;script&gt;alert(", "&lt;img src=x onerror=", "&lt;div onclick=", "<h3>En overskrift</h3>",
					"<a href=\"https://example.org/a\">trygg</a>", "<a href=\"/plans\">relativ</a>", "<p>lenke, data, <a");
	}

	@Test
	void shortlistedMeasuresAreMarkedWithABadgeAndExplained() throws Exception {
		String code = ReportPlans.freshCode("rpt-shortlist");
		ObjectNode doc = ReportPlans.krnCopy(code);
		ReportPlans.shortlist(doc, "T1.1 a)", "2026-2027");
		ReportPlans.shortlist(doc, "T2.1 d)", "2026-2027");
		importPlan(doc);

		Html page = page("/plans/" + code);
		Html marked = page.element("tr", "item-T1.1-a");
		assertThat(marked.text()).startsWith("<tr id=\"item-T1.1-a\" class=\"is-shortlisted\">")
			.contains("<span class=\"badge badge--shortlist\">Kortliste 2026-2027</span>");
		assertThat(page.element("tr", "item-T1.1-b").text()).doesNotContain("is-shortlisted", "badge--shortlist");
		assertThat(page.text()).contains("Lysegrønne rader er med på en kortliste:",
				"Kortliste 2026-2027</span> <span>2 punkter</span>");
		assertThat(page.element("section", "item-1").text()).contains("Lysegrønne rader er med på kortlisten som merket i raden viser.");
		assertThat(page.element("section", "item-3").text()).doesNotContain("Lysegrønne rader");
		assertThat(page("/plans/" + code + "/items/T1.1%20a)").text()).contains("<dt>Kortlister</dt>", "Kortliste 2026-2027");
	}

	@Test
	void anIndicatorsTargetShowsOnItsItemPage() throws Exception {
		String code = ReportPlans.freshCode("rpt-target");
		ObjectNode doc = ReportPlans.krnCopy(code);
		ObjectNode indicator = (ObjectNode) doc.get("items").get(0).get("children").get(0).get("indicators").get(1);
		indicator.putObject("target").put("kind", "COUNT").put("value", 3).put("unit", "PhD").put("per", "PLAN")
			.putNull("baseline").putNull("due");
		importPlan(doc);

		// The indicator's block (followup/indicators.html): its text, then its target in words.
		assertThat(page("/plans/" + code + "/items/T1.1%20a)").text()).contains(
				"<span>Økt bredde på forskning</span> </p> <div class=\"indicator-block__target\"> <p class=\"indicator-target\"> <span>Målverdi</span>: <span>minst 3 PhD i planperioden</span>");
	}

	private Html page(String path) throws Exception {
		return Html.of(mvc.perform(signedIn(get(URI.create(path))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private String notFound(String path) throws Exception {
		return Html.of(mvc.perform(signedIn(get(URI.create(path))))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).text();
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(accounts.loadUserByUsername("admin")));
	}

	private void importPlan(ObjectNode doc) throws Exception {
		mvc.perform(post("/api/plans").with(httpBasic("admin", PlansporTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(ReportPlans.bytes(doc))).andExpect(status().isCreated());
	}
}
