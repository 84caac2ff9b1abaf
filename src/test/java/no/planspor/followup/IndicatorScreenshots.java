package no.planspor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.ApiClient;
import no.planspor.followup.IndicatorPlans.Fixture;

/**
 * Full-page screenshots of the indicator pages — an item with confirmed targets, measurements and
 * charts; the target form with and without a proposal; the plan page with progress — in bokmål and
 * English, at desktop and phone width, each checked with axe-core on the way. For looking at, not for
 * the build: {@code ./mvnw test -Dtest=IndicatorScreenshots -Dscreenshots=true}; the PNGs are in
 * {@code <build dir>/screenshots/}.
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class IndicatorScreenshots {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Test
	void indicatorPagesInBothLanguagesAtDesktopAndPhoneWidth(Page page) {
		Fixture plan = IndicatorPlans.create(port, db, accounts, "ind-shots");
		ApiClient admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		record Value(String item, int n, String json) {
		}
		for (Value v : List.of(
				new Value(IndicatorPlans.COUNT_ITEM, 2, "{\"value\": 1, \"asOf\": \"2025-06-15\", \"note\": \"Register for hjerte-MR etablert.\", \"source\": \"MANUAL\", \"evidence\": \"https://www.kvalitetsregistre.no/\"}"),
				new Value(IndicatorPlans.COUNT_ITEM, 2, "{\"value\": 1, \"asOf\": \"2025-12-01\"}"),
				new Value(IndicatorPlans.COUNT_ITEM, 2, "{\"value\": 2, \"asOf\": \"2026-05-20\", \"note\": \"Nytt register for intervensjonsradiologi.\"}"),
				new Value(IndicatorPlans.YEARLY_ITEM, 1, "{\"value\": 1, \"asOf\": \"2025-10-14\", \"note\": \"FG-ledermøte 14. oktober\"}"),
				new Value(IndicatorPlans.YEARLY_ITEM, 2, "{\"value\": 0, \"asOf\": \"2025-09-01\"}"),
				new Value(IndicatorPlans.SHARE_ITEM, 1, "{\"value\": 22, \"asOf\": \"2025-06-01\"}"),
				new Value(IndicatorPlans.SHARE_ITEM, 1, "{\"value\": 31.5, \"asOf\": \"2026-02-01\"}"),
				new Value(IndicatorPlans.SHARE_ITEM, 2, "{\"value\": 1050000, \"asOf\": \"2025-12-31\", \"note\": \"Årsregnskap 2025\"}"),
				new Value(IndicatorPlans.SHARE_ITEM, 2, "{\"value\": 300000, \"asOf\": \"2026-04-30\"}"))) {
			assertThat(admin.post(plan.valuesPath(v.item(), v.n()), v.json().getBytes(StandardCharsets.UTF_8)).statusCode())
				.isEqualTo(201);
		}
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("item-count", plan.itemPage(IndicatorPlans.COUNT_ITEM));
		pages.put("item-yearly", plan.itemPage(IndicatorPlans.YEARLY_ITEM));
		pages.put("item-amount", plan.itemPage(IndicatorPlans.SHARE_ITEM));
		pages.put("target-proposal", plan.targetPage(IndicatorPlans.COUNT_ITEM, 1));
		pages.put("target-no-proposal", plan.targetPage(IndicatorPlans.UNSAID_ITEM, 1));
		pages.put("target-edit", plan.targetPage(IndicatorPlans.COUNT_ITEM, 2));
		pages.put("plan", "/plans/" + plan.code());

		Browsers.signIn(page, plan.editor(), AccountFixtures.PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (var entry : pages.entrySet()) {
				for (String lang : List.of("nb", "en")) {
					page.navigate(entry.getValue() + "?lang=" + lang);
					if (entry.getKey().startsWith("item")) {
						page.evaluate("() => document.querySelectorAll('.indicator-values').forEach(d => d.open = true)");
					}
					Browsers.assertNoAxeViolations(page);
					Browsers.screenshot(page, "indicators-" + entry.getKey() + "-" + lang + "-" + width);
				}
			}
		}
	}
}
