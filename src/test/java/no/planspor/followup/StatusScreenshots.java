package no.planspor.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;

/**
 * Pictures of statuses where they show, for looking at: the plan page with a realistic spread of
 * states, the item page with a long history (and a correction), a goal with its roll-up, and the
 * form with errors — in bokmål and English, at desktop and phone width, each checked with axe. On
 * demand: {@code ./mvnw test -Dtest=StatusScreenshots -Dscreenshots=true}; the PNGs are in
 * {@code <build dir>/screenshots/}.
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class StatusScreenshots {

	@LocalServerPort
	int port;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Clock clock;

	@Test
	void statusesOnThePlanAndItemPagesAndTheFormWithErrors(Page page) {
		String plan = StatusPlans.importKrnCopy(port, doc -> StatusPlans.item(doc, "T1.1 c)").put("deadline", "2026-06-30"));
		StatusDemo.record(statuses, accounts, plan, LocalDate.now(clock));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("plan", "/plans/" + plan);
		pages.put("item-long-history", "/plans/" + plan + "/items/T1.1%20a)");
		pages.put("goal", "/plans/" + plan + "/items/1");

		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				for (var entry : pages.entrySet()) {
					page.navigate(entry.getValue() + "?lang=" + lang);
					Browsers.assertNoAxeViolations(page);
					Browsers.screenshot(page, "status-" + entry.getKey() + "-" + lang + "-" + width);
				}
				page.navigate("/plans/" + plan + "/items/T1.4%20b)?lang=" + lang);
				page.locator("#status-form input[value=DELAYED]").check();
				page.locator("#status-form input[name=progress]").fill("150");
				page.locator("#status-form button[type=submit]").click();
				page.locator(".error-summary").waitFor();
				Browsers.assertNoAxeViolations(page);
				Browsers.screenshot(page, "status-form-errors-" + lang + "-" + width);
			}
		}
	}
}
