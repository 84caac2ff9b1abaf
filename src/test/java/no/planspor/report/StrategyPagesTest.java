package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.UserAccounts;

/** The strategy's pages: its numbering as printed, and where its text comes from. */
@PlansporTest
@AutoConfigureMockMvc
class StrategyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void aStrategyGoalListsItsItemsByTheirWholeNumbers() throws Exception {
		Document page = page("/plans/ous-forskningsstrategi-2025-2029/items/1");

		assertThat(page.select("section:has(#children-title) a.anchor-code").eachText())
			.containsExactly("Strategi 1.1", "Strategi 1.2", "Strategi 1.3", "Strategi 1.4", "Strategi 1.6");
	}

	@Test
	void tikMeasuresStillReadByTheirNumeralUnderTheirSubGoal() throws Exception {
		Document page = page("/plans/tik-forskning-2022-2025/items/1a");

		assertThat(page.select("section:has(#children-title) a.anchor-code").eachText())
			.containsExactly("Tiltak i", "Tiltak ii", "Tiltak iii");
	}

	@Test
	void theStrategyAndEachOfItsItemsSayTheTextIsAsKrnQuotesIt() throws Exception {
		Document plan = page("/plans/ous-forskningsstrategi-2025-2029");
		assertThat(plan.select(".plan-section:has(h2:containsOwn(Kilde))").text())
			.contains("Teksten er slik den er sitert i KRNs Handlingsplan for forskning 2025-2029");

		Document item = page("/plans/ous-forskningsstrategi-2025-2029/items/1.1");
		assertThat(item.select(".page-head .source-note").text())
			.startsWith("Kilde")
			.contains("Teksten er slik den er sitert i KRNs Handlingsplan for forskning 2025-2029");

		// A plan with no source section shows no note: its text is its own.
		assertThat(page("/plans/krn-forskning-2025-2029/items/T1.1%20a)").select(".source-note")).isEmpty();
	}

	private Document page(String path) throws Exception {
		return Html.page(mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
