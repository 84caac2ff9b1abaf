package no.planspor.report;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.Html;
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
		Document page = page("/");

		List<String> units = page.select(".unit-group h2[id]").eachAttr("id");
		assertThat(units).containsSubsequence("unit-OUS", "unit-KRN").containsSubsequence("unit-OUS", "unit-TIK");
		assertThat(links(page, "/plans/krn-forskning-2025-2029")).contains("Handlingsplan for forskning 2025-2029");
		assertThat(links(page, "/plans/tik-forskning-2022-2025")).contains("Handlingsplan forskning 2022-2025");
		assertThat(links(page, "/plans/ous-forskningsstrategi-2025-2029")).contains("Forskningsstrategi 2025-2029");
		Element krnGroup = one(page, "section.unit-group:has(#unit-KRN)");
		assertThat(one(krnGroup, ".unit-group__parent").text()).isEqualTo("Del av Oslo universitetssykehus HF");
		assertThat(krnGroup.select("span.badge").eachText()).contains("Handlingsplan", "Vedtatt");
		assertThat(krnGroup.text()).contains("2025–2029");
		Element buildsOn = one(krnGroup, ".plan-card__parent");
		assertThat(buildsOn.text()).isEqualTo("Bygger på Forskningsstrategi 2025-2029");
		assertThat(one(buildsOn, "a").attr("href")).isEqualTo("/plans/ous-forskningsstrategi-2025-2029");
		assertThat(one(page, "section.unit-group:has(#unit-OUS)").select("span.badge").eachText()).contains("Forskningsstrategi");
	}

	@Test
	void pagesNeedSignIn() throws Exception {
		mvc.perform(get("/plans/krn-forskning-2025-2029")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void krnGoalQuotesTheStrategyItemsFromTheStrategyPlan() throws Exception {
		PlanItem strategy11 = plans.tree(ReportPlans.STRATEGY).item("1.1").orElseThrow();
		Element goal1 = one(page("/plans/krn-forskning-2025-2029"), "section#item-1");

		Element title = one(goal1, "h2");
		assertThat(title.text()).isEqualTo("Mål 1: Drive forskning som forbedrer klinisk praksis");
		assertThat(one(title, "a").text()).isEqualTo("Mål 1:");
		assertThat(goal1.text()).contains("Fra strategien:");
		Elements quotes = goal1.select("blockquote.strategy-quote");
		assertThat(quotes).as("1.1, 1.2, 1.3, 1.4, 1.6").hasSize(5);
		Element quote = quotes.first();
		assertThat(one(quote, "a").attr("href")).isEqualTo("/plans/ous-forskningsstrategi-2025-2029/items/1.1");
		assertThat(one(quote, "a").text()).isEqualTo("Strategi 1.1");
		assertThat(one(quote, "span").text()).isEqualTo(strategy11.text());
		assertThat(links(goal1, "/plans/ous-forskningsstrategi-2025-2029/items/1"))
			.contains("Hovedmål 1 i Forskningsstrategi 2025-2029");
		// The measures of goal 1, in a table with KRN's columns; T1.1 c) brings the Kommentar column.
		assertThat(goal1.select("table thead th[scope=col]").eachText())
			.containsExactly("Hovedtiltak", "Resultatindikator", "Hovedansvar", "Kommentar")
			.doesNotContain("Frist");
		assertThat(one(goal1, "tr[id=item-T1.1-c]").text()).contains("Hovedansvar: FG ledere, forskere, Forskningsleder med flere");
	}

	@Test
	void krnPageShowsAdoptionNotesAndResponsiblePartiesAsInTheDocument() throws Exception {
		Document page = page("/plans/krn-forskning-2025-2029");

		assertThat(one(page, ".adoption__line").text()).isEqualTo("Vedtatt 11. mai 2026 av Klinikkledermøtet i KRN");
		assertThat(one(page, ".adoption__note").text())
			.isEqualTo("Er behandlet i FU KRN, av FG ledere i KRN. Vedtatt etter klinikkledermøte i KRN 11.05.26");
		assertThat(one(page, "section#item-4").select("p.note").eachText())
			.contains("Merknad: det skal utarbeides ny innovasjonsstrategi som vil gå mer i dybden");
		// The introduction has no heading in the source, and gets none here.
		Element introduction = one(page, "div#section-1.prose.plan-section");
		assertThat(introduction.select("h1, h2, h3, h4, h5, h6")).isEmpty();
		assertThat(introduction.child(0).tagName()).isEqualTo("p");
		assertThat(introduction.child(0).text()).startsWith("KRN sin handlingsplan bygger på");
		Element row = one(page, "tr[id=item-T1.1-a]");
		assertThat(row.select("abbr[title='Forskningsutvalget i KRN']").eachText()).containsExactly("FU KRN");
		assertThat(row.select("li").eachText()).contains("Forskningsleder");
		Element download = one(page, "a[href=/plans/krn-forskning-2025-2029/export.json]");
		assertThat(download.text()).isEqualTo("Last ned JSON");
		assertThat(download.hasAttr("download")).isTrue();
		assertThat(download.closest("details.action-menu").select("summary").text()).as("in the downloads menu").isEqualTo("Last ned");
	}

	@Test
	void seeAlsoLinksToTheAnchorOfTheItemItPointsAt() throws Exception {
		Document page = page("/plans/krn-forskning-2025-2029");

		assertThat(links(one(page, "tr[id=item-T2.1-c]"), "#item-T2.1-d")).containsExactly("Se pkt T2.1 d)");
		assertThat(one(page, "tr[id=item-T2.1-d]").select("abbr[title=Avdelingsledere]").eachText()).containsExactly("Avd ledere");
		assertThat(links(one(page, "tr[id=item-T4.1-a]"), "#item-T1.2-a-b")).containsExactly("Se pkt T1.2 a) b)");
		one(page, "[id=item-T1.2-a-b]");
		Element code = one(one(page, "tr[id=item-T1.1-a]"), "a.anchor-code");
		assertThat(code.attr("href")).isEqualTo("/plans/krn-forskning-2025-2029/items/T1.1%20a)");
		assertThat(code.text()).isEqualTo("T1.1 a)");
	}

	@Test
	void tikPageMirrorsItsTableWithSubGoalsMeasuresAndAbbreviations() throws Exception {
		Document page = page("/plans/tik-forskning-2022-2025");

		Element parties = one(page, "table > caption", "Tabell 1. Forkortelser for ansvarlige").parent();
		assertThat(rows(parties)).contains(List.of("AL", "Avdelingsleder", "Rolle"), List.of("FU", "TIK forskningsutvalg", "Organ"));
		assertThat(parties.select("tbody th[scope=row]").eachText()).contains("AL", "FU");
		assertThat(page.text()).contains("«Vi skal være landets ledende forskningsinstitusjon innen våre fagfelt");
		assertThat(page.select("table.subgoal-table").first().select("thead th[scope=col]").eachText())
			.containsExactly("Delmål", "Tiltak", "Indikator", "Ansvar", "Frist", "Kommentar");

		Element subgoal2d = one(page, "tr[id=item-2d]");
		Element head = one(subgoal2d, "th[scope=row]");
		assertThat(one(head, "a.anchor-code").text()).isEqualTo("2d.");
		assertThat(head.text()).startsWith("2d. Sørge for infrastruktur og kjernefasiliteter");
		Elements measures = subgoal2d.select("li[id^=item-2d.]");
		assertThat(measures).hasSize(3);
		assertThat(measures.select("a.anchor-code").eachText()).containsExactly("i.", "ii.", "iii.");
		assertThat(links(subgoal2d, "/plans/tik-forskning-2022-2025/items/2d.iii")).containsExactly("iii.");
		Element indicators = one(subgoal2d, "td[data-label=Indikator]");
		assertThat(indicators.select("li")).hasSize(5);
		assertThat(indicators.text()).contains("Etablere egen celllelab på Fysisk institutt for tverrfaglig grunnforskning og styrket kobling mellom Medfak og MatNat.");
		assertThat(subgoal2d.select("abbr[title=Klinikkleder]").eachText()).contains("KL");
		assertThat(subgoal2d.select("abbr[title=Avdelingsleder]").eachText()).contains("AL");
		assertThat(subgoal2d.select("abbr[title='TIK forskningsutvalg']").eachText()).contains("FU");
	}

	@Test
	void strategyPageCountsWhatBuildsOnEachItem() throws Exception {
		Document page = page("/plans/ous-forskningsstrategi-2025-2029");

		Element item11 = one(page, "li[id=item-1.1]");
		assertThat(item11.select("a").eachText()).contains("Strategi 1.1");
		assertThat(item11.select("abbr[title='Klinikk for radiologi og nukleærmedisin: Handlingsplan for forskning 2025-2029']")
			.eachText()).containsExactly("KRN");
		assertThat(item11.text()).contains("3 tiltak og 1 mål");
		assertThat(one(page, "section#item-5").select(".strategy-items, .strategy-item")).isEmpty();
		assertThat(page.text()).contains("Hovedmål 1:");
	}

	@Test
	void strategyItemPageListsEveryItemThatBuildsOnIt() throws Exception {
		Document page = page("/plans/ous-forskningsstrategi-2025-2029/items/1.1");

		Element linking = one(page, "section[aria-labelledby=linking-title]");
		assertThat(links(linking, "/plans/krn-forskning-2025-2029")).containsExactly("Handlingsplan for forskning 2025-2029");
		assertThat(links(linking, "/plans/krn-forskning-2025-2029/items/1")).containsExactly("Mål 1");
		assertThat(links(linking, "/plans/krn-forskning-2025-2029/items/T1.1%20a)")).containsExactly("Tiltak T1.1 a)");
		assertThat(links(linking, "/plans/krn-forskning-2025-2029/items/T1.1%20b)")).containsExactly("Tiltak T1.1 b)");
		assertThat(links(linking, "/plans/krn-forskning-2025-2029/items/T1.1%20c)")).containsExactly("Tiltak T1.1 c)");
		assertThat(linking.text()).doesNotContain("T1.2");
		assertThat(linking.select("a[href*=T1.2]")).isEmpty();
		Element back = one(page, "a", "Tilbake til planen");
		assertThat(back.attr("href")).isEqualTo("/plans/ous-forskningsstrategi-2025-2029#item-1.1");
		assertThat(back.hasClass("button")).isTrue();
	}

	@Test
	void measurePageShowsItsPlaceResponsiblePartiesAndStrategy() throws Exception {
		Document page = page("/plans/krn-forskning-2025-2029/items/T1.1%20a)");

		Element crumbs = one(page, "nav.breadcrumbs");
		assertThat(crumbs.select("li").eachText()).containsExactly("Planer", "Handlingsplan for forskning 2025-2029", "Mål 1",
				"Tiltak T1.1 a)");
		assertThat(crumbs.select("a").eachAttr("href")).containsExactly("/", "/plans/krn-forskning-2025-2029",
				"/plans/krn-forskning-2025-2029/items/1");
		assertThat(one(crumbs, "li:last-child [aria-current=page]").text()).isEqualTo("Tiltak T1.1 a)");
		Element h1 = one(page, "h1");
		assertThat(h1.text()).isEqualTo("Tiltak T1.1 a)");
		assertThat(one(h1, ".item-code").text()).isEqualTo("Tiltak T1.1 a)");
		assertThat(page.text()).contains("Bruke anbefalinger i rapporter fra Forskningsrådets nasjonale fagevaluering");
		assertThat(responsible(page)).contains("FU KRN – Forskningsutvalget i KRN", "FG ledere – Forskningsgruppeledere");
		assertThat(page.select(".responsible-list strong").eachText()).contains("FU KRN", "FG ledere");
		assertThat(links(page, "/plans/ous-forskningsstrategi-2025-2029/items/1.1")).contains("Strategi 1.1");
		assertThat(page.select("#indicators p span").eachText()).contains("Økt bredde på forskning");
		assertThat(one(page, "a", "Tilbake til planen").attr("href")).isEqualTo("/plans/krn-forskning-2025-2029#item-T1.1-a");
		// The anchor the back link points at is on the plan page.
		one(page("/plans/krn-forskning-2025-2029"), "tr[id=item-T1.1-a]");
	}

	@Test
	void seeAlsoWorksBothWaysOnItemPages() throws Exception {
		assertThat(links(page("/plans/krn-forskning-2025-2029/items/T2.1%20c)"), "/plans/krn-forskning-2025-2029/items/T2.1%20d)"))
			.contains("Se pkt T2.1 d)");
		assertThat(links(page("/plans/krn-forskning-2025-2029/items/T2.1%20d)"), "/plans/krn-forskning-2025-2029/items/T2.1%20c)"))
			.contains("T2.1 c) viser hit");
	}

	@Test
	void tikMeasurePageSitsUnderItsSubGoal() throws Exception {
		Document page = page("/plans/tik-forskning-2022-2025/items/1a.ii");

		Element crumbs = one(page, "nav.breadcrumbs");
		assertThat(crumbs.select("a").eachText()).contains("Mål 1", "Delmål 1a");
		assertThat(one(crumbs, "li:last-child [aria-current=page]").text()).isEqualTo("Tiltak 1a.ii");
		assertThat(one(page, "a", "Tilbake til planen").attr("href")).isEqualTo("/plans/tik-forskning-2022-2025#item-1a.ii");
		Document subgoal = page("/plans/tik-forskning-2022-2025/items/1a");
		assertThat(links(subgoal, "/plans/tik-forskning-2022-2025/items/1a.ii")).contains("Tiltak ii");
		assertThat(responsible(subgoal)).contains("AL – Avdelingsleder");
		assertThat(subgoal.select(".responsible-list strong").eachText()).contains("AL");
		assertThat(subgoal.text()).doesNotContain("Bygger på strategien");
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
		Document plan = page("/plans/krn-forskning-2025-2029?lang=en");
		assertThat(one(plan, "html").attr("lang")).isEqualTo("en");
		assertThat(plan.text()).contains("Adopted on 11 May 2026 by Klinikkledermøtet i KRN", "From the strategy:",
				"Main goal 1 in Forskningsstrategi 2025-2029", "See item T2.1 d)", "Download JSON",
				"Light green rows are on a shortlist:");
		assertThat(plan.select("a").eachText()).contains("Goal 1:", "Strategy 1.1");
		assertThat(plan.select("th[scope=col]").eachText()).contains("Main measure");
		assertThat(one(plan, "div.legend").text()).contains("Kortliste 2026-2027 no items");
		Document tik = page("/plans/tik-forskning-2022-2025?lang=en");
		assertThat(tik.select("th[scope=col]").eachText()).contains("Sub-goal");
		assertThat(rows(one(tik, "table > caption", "Table 1. Abbreviations for responsible parties").parent()))
			.contains(List.of("AL", "Avdelingsleder", "Role"));
		Document home = page("/?lang=en");
		assertThat(one(home, "h1").text()).isEqualTo("Plans");
		assertThat(home.select("span").eachText()).contains("Action plan", "Research strategy", "Adopted", "Builds on");
		Document strategyItem = page("/plans/ous-forskningsstrategi-2025-2029/items/1.1?lang=en");
		assertThat(strategyItem.text()).contains("Goals and measures that build on this item", "Back to the plan");
		assertThat(strategyItem.select("a").eachText()).contains("Measure T1.1 a)");
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

		Element section = one(page("/plans/" + code), "section.plan-section:has(h2:containsOwn(Farlig innhold))");
		// What was markup in the body is text on the page, and no element.
		assertThat(section.select("script, img, div[onclick], [onclick], [onerror]")).isEmpty();
		assertThat(section.text()).contains("<script>alert(", "<img src=x onerror=", "<div onclick=")
			.doesNotContain("javascript:", "data:text");
		assertThat(section.select("[href^=javascript], [href^=data], [src]")).isEmpty();
		assertThat(section.select("h3").eachText()).containsExactly("En overskrift");
		assertThat(links(section, "https://example.org/a")).containsExactly("trygg");
		assertThat(links(section, "/plans")).containsExactly("relativ");
		Element linkLine = one(section, "p", "lenke, data, trygg og relativ.");
		assertThat(linkLine.select("a").eachText()).containsExactly("trygg", "relativ");
	}

	@Test
	void shortlistedMeasuresAreMarkedWithABadgeAndExplained() throws Exception {
		String code = ReportPlans.freshCode("rpt-shortlist");
		ObjectNode doc = ReportPlans.krnCopy(code);
		ReportPlans.shortlist(doc, "T1.1 a)", "2026-2027");
		ReportPlans.shortlist(doc, "T2.1 d)", "2026-2027");
		importPlan(doc);

		Document page = page("/plans/" + code);
		Element marked = one(page, "tr[id=item-T1.1-a]");
		assertThat(marked.hasClass("is-shortlisted")).isTrue();
		assertThat(marked.select("span.badge.badge--shortlist").eachText()).containsExactly("Kortliste 2026-2027");
		Element unmarked = one(page, "tr[id=item-T1.1-b]");
		assertThat(unmarked.hasClass("is-shortlisted")).isFalse();
		assertThat(unmarked.select(".is-shortlisted, .badge--shortlist")).isEmpty();
		assertThat(page.text()).contains("Lysegrønne rader er med på en kortliste:");
		assertThat(one(page, "div.legend").text()).contains("Kortliste 2026-2027 2 punkter");
		assertThat(one(page, "section#item-1").text()).contains("Lysegrønne rader er med på kortlisten som merket i raden viser.");
		assertThat(one(page, "section#item-3").text()).doesNotContain("Lysegrønne rader");
		Document item = page("/plans/" + code + "/items/T1.1%20a)");
		assertThat(one(item, "dt", "Kortlister").nextElementSibling().text()).contains("Kortliste 2026-2027");
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
		Element block = one(page("/plans/" + code + "/items/T1.1%20a)"),
				"li.indicator-block:has(.indicator-block__text span:containsOwn(Økt bredde på forskning))");
		assertThat(one(block, ".indicator-block__target .indicator-target").text())
			.isEqualTo("Målverdi: minst 3 PhD i planperioden");
	}

	/** The texts of the links to {@code href} in {@code scope}. */
	private static List<String> links(Element scope, String href) {
		return scope.select("a[href='" + href + "']").eachText();
	}

	/** A table's body rows, each as the texts of its cells. */
	private static List<List<String>> rows(Element table) {
		return table.select("tbody tr").stream().map(row -> row.children().eachText()).toList();
	}

	/** The item page's responsible parties as they read, "code – name", without their kind. */
	private static List<String> responsible(Document page) {
		return page.select(".responsible-list li").stream().map(party -> {
			Element withoutKind = party.clone();
			withoutKind.select(".muted").remove();
			return withoutKind.text();
		}).toList();
	}

	private Document page(String path) throws Exception {
		return Html.page(mvc.perform(signedIn(get(URI.create(path))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The text of the not-found page. */
	private String notFound(String path) throws Exception {
		return Html.page(mvc.perform(signedIn(get(URI.create(path))))
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
