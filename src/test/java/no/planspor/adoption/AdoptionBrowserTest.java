package no.planspor.adoption;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The road from draft to adopted in Chromium (issue 11 §4, §7): an administrator makes someone the
 * unit's leader, an editor submits the draft from the plan page, the leader sends it back with a
 * comment the editor then reads on the plan page, the editor submits again and the leader adopts it;
 * then the editor makes the next period's plan from it, whose measures link back. axe-core finds
 * nothing on the pages along the way, at desktop and phone width, in both languages. With
 * {@code -Dscreenshots=true} the pages are saved as PNGs to look at.
 */
@BrowserTest
class AdoptionBrowserTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void submitSendBackSubmitAdoptAndCarryOn(Page page, BrowserContext context) {
		String plan = AdoptionPlans.krnDraft(exchange, "vedtak-nettleser");
		String editor = AdoptionPlans.editorOf(accounts, db, plan);
		String leader = AccountFixtures.unique("leder");
		long leaderId = AccountFixtures.user(accounts, leader, Role.READER);
		long unit = AdoptionPlans.unitOf(db, plan);

		as(page, context, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/admin/users/" + leaderId);
		page.locator("#lead-" + unit).check();
		page.locator("#leads button[type=submit]").click();
		assertThat(page.locator(".alert--success")).isVisible();
		assertThat(page.locator("#lead-" + unit)).isChecked();
		look(page, "admin-user-leads", "/admin/users/" + leaderId + "#leads");

		as(page, context, editor, AccountFixtures.PASSWORD);
		page.navigate("/plans/" + plan);
		assertThat(page.locator(".adoption-panel")).containsText("Dette er et utkast");
		look(page, "plan-draft", "/plans/" + plan);
		page.locator(".adoption-panel a.button").click();
		look(page, "adoption-draft", "/plans/" + plan + "/adoption");
		page.locator("#submit-section button[type=submit]").click();
		assertThat(page.locator("#submit-errors")).isVisible();
		page.locator("#body").fill("FU KRN");
		page.locator("#submit-section button[type=submit]").click();
		assertThat(page.locator(".adoption-panel")).containsText("Til behandling i FU KRN");
		page.navigate("/");
		assertThat(page.locator("main")).containsText("Til behandling");

		as(page, context, leader, AccountFixtures.PASSWORD);
		page.navigate("/plans/" + plan);
		page.locator(".adoption-panel a.button").click();
		look(page, "adoption-submitted", "/plans/" + plan + "/adoption");
		page.locator("#comment").fill("T2.1 a) trenger en resultatindikator.");
		page.locator("#send-back-section button[type=submit]").click();
		assertThat(page.locator(".adoption-panel")).containsText("T2.1 a) trenger en resultatindikator.");

		as(page, context, editor, AccountFixtures.PASSWORD);
		page.navigate("/plans/" + plan);
		assertThat(page.locator(".adoption-panel__comment")).containsText("T2.1 a) trenger en resultatindikator.");
		look(page, "plan-sent-back", "/plans/" + plan);
		page.locator(".adoption-panel a.button").click();
		page.locator("#body").fill("FU KRN");
		page.locator("#submit-section button[type=submit]").click();

		as(page, context, leader, AccountFixtures.PASSWORD);
		page.navigate("/plans/" + plan + "/adoption");
		page.locator("#adoptedOn").fill("2026-05-11");
		page.locator("#adoptionNote").fill("Vedtatt etter klinikkledermøte i KRN");
		page.locator("#adopt-section button[type=submit]").click();
		assertThat(page.locator(".adoption")).containsText("FU KRN");
		assertThat(page.locator(".adoption-panel")).hasCount(0);
		page.navigate("/plans/" + plan + "/versions");
		assertThat(page.locator("tr#version-1 th")).containsText("Vedtatt 11.05.2026");
		look(page, "adoption-adopted", "/plans/" + plan + "/adoption");

		as(page, context, editor, AccountFixtures.PASSWORD);
		page.navigate("/plans/" + plan);
		page.locator(".action-menu summary", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Mer")).click();
		page.locator("a[href$='/next']").click();
		look(page, "next-plan-form", "/plans/" + plan + "/next");
		String next = PlanDocuments.freshCode("krn-2030-2034");
		page.locator("#code").fill(next);
		page.locator("#periodFrom").fill("2029");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#periodFrom-error")).isVisible();
		page.locator("#periodFrom").fill("2030");
		page.locator("main form button[type=submit]").click();
		page.waitForURL(url -> url.endsWith("/plans/" + next));
		assertThat(page.locator(".plan-origin a")).hasAttribute("href", "/plans/" + plan);
		assertThat(page.locator(".adoption-panel")).containsText("Dette er et utkast");
		page.navigate("/plans/" + next + "/items/T1.1%20a)");
		assertThat(page.locator(".item-origin a").first()).hasAttribute("href",
				java.util.regex.Pattern.compile("^/plans/" + plan + "/items/T1\\.1(%20| )a\\)$"));
		assertThat(page.locator(".page-head__kicker .badge--draft")).isVisible();
		look(page, "item-origin", "/plans/" + next + "/items/T1.1%20a)");
	}

	private static void as(Page page, BrowserContext context, String username, String password) {
		context.clearCookies();
		Browsers.signIn(page, username, password);
	}

	/** axe at desktop and phone width in both languages, and the screenshots when asked for. */
	private static void look(Page page, String name, String path) {
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				String[] parts = path.split("#", 2);
				page.navigate(parts[0] + (parts[0].contains("?") ? "&" : "?") + "lang=" + lang
						+ (parts.length > 1 ? "#" + parts[1] : ""));
				if (Boolean.getBoolean("screenshots")) {
					Browsers.screenshot(page, "adopt-" + name + "-" + lang + "-" + width);
				}
				Browsers.assertNoAxeViolations(page);
			}
		}
		page.setViewportSize(1280, 900);
		page.navigate(path.split("#", 2)[0] + (path.contains("?") ? "&" : "?") + "lang=nb");
	}
}
