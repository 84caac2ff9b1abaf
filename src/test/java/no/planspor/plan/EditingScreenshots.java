package no.planspor.plan;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.web.EditPaths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-page screenshots of every editing page, and of a form with errors and one with a conflict, in
 * bokmål and English at desktop and phone width, each checked with axe-core on the way. For looking
 * at, not for the build: {@code ./mvnw test -Dtest=EditingScreenshots -Dscreenshots=true}; the PNGs
 * are in {@code <build dir>/screenshots/}.
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class EditingScreenshots {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Test
	void everyEditingPageInBothLanguagesAtDesktopAndPhoneWidth(Page page) {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		ApiCalls api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		ObjectNode item = api.item(plan, "T1.1 a)");
		item.put("comment", "Følges opp i FU KRN");
		item.put("deadline", "2027-03-01");
		assertThat(api.putItem(plan, "T1.1 a)", item).statusCode()).isEqualTo(200);
		Map<String, String> pages = EditingBrowserTest.pages(plan, plans);

		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				for (var entry : pages.entrySet()) {
					page.navigate(entry.getValue() + (entry.getValue().contains("?") ? "&" : "?") + "lang=" + lang);
					look(page, entry.getKey(), lang, width);
				}
				page.navigate(EditPaths.editItem(plan, "T1.1 b)") + "?lang=" + lang);
				page.locator("#code").fill("T1.1 c)");
				page.locator("#seeAlso").fill("T9");
				page.locator(".item-edit__main form button[type=submit]").click();
				look(page, "item-edit-errors", lang, width);

				page.navigate(EditPaths.editItem(plan, "T1.1 c)") + "?lang=" + lang);
				ObjectNode other = api.item(plan, "T1.1 c)");
				other.put("text", other.get("text").stringValue() + " (endret av en annen)");
				other.put("deadline", "2028-06-30");
				assertThat(api.putItem(plan, "T1.1 c)", other).statusCode()).isEqualTo(200);
				page.locator("#comment").fill("Min kommentar");
				page.locator("#text").fill("Min versjon av teksten");
				page.locator(".item-edit__main form button[type=submit]").click();
				look(page, "item-edit-conflict", lang, width);
				page.locator(".item-edit__main form button[type=submit]").click();
				look(page, "item-edit-conflict-undecided", lang, width);
				page.locator("#choice-text-stored").check();
				page.locator(".item-edit__main form button[type=submit]").click();

				page.navigate("/plans/new?lang=" + lang);
				page.locator("main form button[type=submit]").click();
				look(page, "new-plan-errors", lang, width);
			}
		}
	}

	private static void look(Page page, String name, String lang, int width) {
		Browsers.screenshot(page, "edit-" + name + "-" + lang + "-" + width);
		Browsers.assertNoAxeViolations(page);
	}
}
