package no.planspor.version;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.planspor.PlansporTest;
import no.planspor.account.SystemIdentity;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;
import no.planspor.plan.editing.ItemFieldsEditing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The versions pages in Chromium: an editor makes a version from the plan page, changes an item and
 * reads what changed and the version as the plan document; axe-core finds nothing on any of these pages at desktop and phone width, in both
 * languages. With {@code -Dscreenshots=true} the pages are also saved as PNGs to look at.
 */
@BrowserTest
class VersionBrowserTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	ItemFieldsEditing fields;

	@Autowired
	StatusUpdates statuses;

	@Test
	void makeAVersionAndReadWhatChanged(Page page) {
		String plan = VersionPlans.krnCopy(exchange, "versjon-nettleser");
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		// A status before the version, so that its page shows the state it froze.
		SystemIdentity.call(() -> statuses.record(plan, "T1.1 b)", new StatusReport(State.AT_RISK,
				LocalDate.now(ZoneId.of("Europe/Oslo")), 30, "Mangler folk."), null));

		page.navigate("/plans/" + plan);
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Versjoner").setExact(true)).click();
		page.locator("#label").fill("Vedtatt 11.05.2026");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("tr#version-1 th")).containsText("Vedtatt 11.05.2026");

		edit(plan, "T1.1 a)", "Bruke anbefalinger i nye rapporter og utredninger");
		edit(plan, "T1.1 b)", "Kortere tekst");
		page.locator("tr#version-1").getByText("Sammenlign med nå").click();
		assertThat(page.locator(".change-counts")).containsText("2 punkter endret");
		assertThat(page.locator("article.change-item ins").first()).isVisible();

		// The version reads as the plan document, as it was, and leads back to the plan as it is.
		page.navigate("/plans/" + plan + "/versions");
		page.locator("tr#version-1 th a").click();
		assertThat(page.locator(".version-banner")).containsText("Dette er versjon 1, «Vedtatt 11.05.2026»");
		assertThat(page.locator("tr#item-T1\\.1-b .state")).hasText("Risiko");
		assertThat(page.locator("tr#item-T1\\.1-a")).not().containsText("nye rapporter");
		page.locator(".version-banner a").click();
		assertThat(page.locator("tr#item-T1\\.1-a")).containsText("nye rapporter");

		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				for (String path : List.of("/plans/" + plan + "/versions", "/plans/" + plan + "/versions/compare?from=1",
						"/plans/" + plan + "/versions/1")) {
					page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
					if (Boolean.getBoolean("screenshots")) {
						String name = path.contains("compare") ? "compare" : path.endsWith("/1") ? "page" : "list";
						Browsers.screenshot(page, "version-" + name + "-" + lang + "-" + width);
					}
					Browsers.assertNoAxeViolations(page);
				}
			}
		}
	}

	private void edit(String plan, String code, String text) {
		VersionPlans.editText(plans, fields, plan, code, text);
	}
}
