package no.planspor.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.web.EditPaths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing pages in a real browser: reordering with the keyboard (htmx keeps focus on the button
 * that moved the item and says what happened), the error summary taking focus, the conflict message,
 * and axe-core finding nothing on any editing page.
 */
@BrowserTest
class EditingBrowserTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Test
	void itemsMoveWithTheKeyboardAndFocusStaysOnTheButton(Page page) {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(EditPaths.structure(plan, null));

		page.locator("[aria-label='Flytt T1.1 a) ned']").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#tree-status")).hasText("T1.1 a) er flyttet ned, til plass 2 av 14.");
		assertThat(page.locator("[aria-label='Flytt T1.1 a) ned']")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#tree-status")).hasText("T1.1 a) er flyttet ned, til plass 3 av 14.");
		assertThat(page.locator("[aria-label='Flytt T1.1 a) ned']")).isFocused();
		page.keyboard().press("Shift+Tab");
		assertThat(page.locator("[aria-label='Flytt T1.1 a) opp']")).isFocused();

		assertThat(plans.tree(plan).item("1").orElseThrow().children()).extracting(PlanItem::code)
			.startsWith("T1.1 b)", "T1.1 c)", "T1.1 a)");
		Browsers.assertNoAxeViolations(page);
	}

	@Test
	void aFormWithErrorsPutsFocusOnTheSummaryWhoseLinksLeadToTheFields(Page page) {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(EditPaths.editItem(plan, "T1.1 a)"));
		page.locator("#code").fill("");
		page.locator("#seeAlso").fill("Finnes ikke");
		page.locator(".item-edit__main form button[type=submit]").click();

		Locator summary = page.locator("#error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Skjemaet har 2 feil");
		assertThat(page.locator("#seeAlso")).hasValue("Finnes ikke");
		assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
		summary.locator("a[href='#code']").click();
		assertThat(page.locator("#code")).isFocused();
		Browsers.assertNoAxeViolations(page);
		assertThat(plans.tree(plan).item("T1.1 a)").orElseThrow().version()).isZero();
	}

	@Test
	void noEditingPageHasAnAccessibilityViolation(Page page) {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		Map<String, String> pages = pages(plan, plans);
		for (String lang : List.of("nb", "en")) {
			for (var entry : pages.entrySet()) {
				page.navigate(entry.getValue() + (entry.getValue().contains("?") ? "&" : "?") + "lang=" + lang);
				assertThat(page.locator("h1")).isVisible();
				Browsers.assertNoAxeViolations(page);
			}
		}
	}

	/** Every page this module adds, on a copy of the KRN plan. */
	static Map<String, String> pages(String plan, PlanReader plans) {
		PlanTree tree = plans.tree(plan);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("new-plan", "/plans/new");
		pages.put("plan-details", EditPaths.editPlan(plan));
		pages.put("plan-items", EditPaths.structure(plan, null));
		pages.put("plan-sections", EditPaths.editPlan(plan) + "/sections");
		pages.put("section-form", EditPaths.editPlan(plan) + "/sections/new");
		pages.put("plan-references", EditPaths.editPlan(plan) + "/references");
		pages.put("plan-parties", EditPaths.editPlan(plan) + "/parties");
		long party = tree.parties().get(0).id();
		pages.put("party-form", EditPaths.editPlan(plan) + "/parties/" + party);
		pages.put("party-delete", EditPaths.editPlan(plan) + "/parties/" + party + "/delete");
		pages.put("plan-archive", EditPaths.editPlan(plan) + "/archive");
		pages.put("item-edit", EditPaths.editItem(plan, "T2.1 c)"));
		pages.put("item-new", EditPaths.plan(plan) + "/new-item?parent=2");
		pages.put("item-move", EditPaths.item(plan, "T2.1 c)") + "/move");
		pages.put("item-delete", EditPaths.item(plan, "2") + "/delete");
		pages.put("indicator-delete", EditPaths.item(plan, "T1.1 a)") + "/indicators/1/delete");
		pages.put("item-history", EditPaths.item(plan, "T1.1 a)") + "/history");
		pages.put("item-page", EditPaths.item(plan, "T1.1 a)"));
		pages.put("units", "/admin/units");
		pages.put("unit", "/admin/units/" + EditingPlans.UNIT);
		return pages;
	}
}
