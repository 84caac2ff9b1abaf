package no.planspor.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import no.planspor.PlansporTest;
import no.planspor.account.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan document's abbreviation table holds only real abbreviations (a code that stands for a longer
 * name); parties whose code is their name are listed by name beside it, grouped by kind, so that no
 * party is lost and none reads "Forskningsleder – Forskningsleder".
 */
@PlansporTest
@AutoConfigureMockMvc
class PartiesTableTest {

	static final String KRN = "/plans/krn-forskning-2025-2029";

	static final String TIK = "/plans/tik-forskning-2022-2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void krnsTableListsOnlyItsRealAbbreviationsAndNamesTheOthers() throws Exception {
		Document page = page(KRN);

		List<Element> rows = page.select("#parties table.parties-table tbody tr");
		assertThat(rows).extracting(row -> row.select("th").text() + " – " + row.select("td").first().text())
			.containsExactly("FG ledere – Forskningsgruppeledere", "Avd ledere – Avdelingsledere",
					"FU KRN – Forskningsutvalget i KRN");
		assertThat(rows).allSatisfy(row -> assertThat(row.select("th").text()).isNotEqualTo(row.select("td").first().text()));

		Element others = page.selectFirst("#parties .other-parties");
		assertThat(others.selectFirst(".other-parties__title").text()).isEqualTo("Øvrige ansvarlige");
		assertThat(others.select("dt").eachText()).containsExactly("Roller", "Organer", "Enheter og prosjekter");
		assertThat(group(others, "Roller")).startsWith("Forskningsleder", "Klinikkleder").contains("Veiledere");
		assertThat(group(others, "Organer")).containsExactly("Klinikkledermøte", "Klinikkledelse");
		assertThat(group(others, "Enheter og prosjekter")).contains("AFU", "CRAI", "RAD 2.0", "KRN 2.0");
		assertThat(page.select("nav.toc a[href=#parties]").text()).isEqualTo("Forkortelser for ansvarlige");
	}

	@Test
	void everyPartyOfThePlanIsShownOnceEitherInTheTableOrByName() throws Exception {
		Document page = page(KRN);

		List<String> shown = new ArrayList<>(page.select("#parties table.parties-table tbody th").eachText());
		shown.addAll(page.select("#parties .other-parties dd li").eachText());
		List<String> filter = page(KRN + "/table").select("#filter-party option[value]:not([value=''])").eachAttr("value");
		assertThat(shown).hasSize(21).containsExactlyInAnyOrderElementsOf(filter);
	}

	@Test
	void tikWhoseCodesAreAllAbbreviationsHasTheTableAlone() throws Exception {
		Document page = page(TIK);

		assertThat(page.select("#parties table.parties-table tbody th").eachText())
			.containsExactly("AL", "F", "FGL", "FK", "FL", "FU", "KL");
		assertThat(page.select("#parties .other-parties")).isEmpty();
	}

	@Test
	void inEnglish() throws Exception {
		Document page = page(KRN + "?lang=en");

		Element others = page.selectFirst("#parties .other-parties");
		assertThat(others.selectFirst(".other-parties__title").text()).isEqualTo("Other responsible parties");
		assertThat(others.select("dt").eachText()).containsExactly("Roles", "Bodies", "Units and projects");
		assertThat(page.select("#parties caption").text()).isEqualTo("Table 1. Abbreviations for responsible parties");
	}

	private static List<String> group(Element others, String kind) {
		Element term = others.select("dt").stream().filter(dt -> dt.text().equals(kind)).findFirst().orElseThrow();
		return term.nextElementSibling().select("li").eachText();
	}

	private Document page(String path) throws Exception {
		String html = mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}
}
