package no.planspor.plan;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.web.EditPaths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages issue 8 added or changed late, as a browser shows them: a deleted item's page (to an editor
 * and to a reader), the table filtered to items never updated, Mine tiltak with items never updated, a
 * status refused on an ended plan, an import with problems, and an item save that met someone else's.
 * Each passes axe-core and does not scroll sideways, once in bokmål on a desktop and once in English on a
 * phone; {@code LateChangesScreenshots} takes their pictures on demand.
 */
@BrowserTest
class LateChangesBrowserTest {

	static final List<View> VIEWS = List.of(new View(1280, "nb"), new View(390, "en"));

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void theLatePagesPassAxeAndFitAPhone(Page page) {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		String tik = EditingPlans.tik(exchange, EditingPlans.UNIT, EditingPlans.UNIT_NAME);
		ApiCalls api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(EditPaths.item(plan, "T1.6d)") + "/delete");
		page.locator("main form button.button--danger").click();
		String deleted = EditPaths.item(plan, "T1.6d)");

		for (View view : VIEWS) {
			page.setViewportSize(view.width(), 900);
			visit(page, deleted, view);
			assertThat(page.locator("form[action$='/restore'] button")).isVisible();
			visit(page, "/plans/krn-forskning-2025-2029/table?flag=never-updated", view);

			page.navigate("/plans/" + tik + "/items/2d?lang=" + view.lang());
			page.locator("#status-form input[value=ON_TRACK]").check();
			page.locator("#status-form input[name=asOf]").fill("2026-06-01");
			page.locator("#status-form button[type=submit]").click();
			assertThat(page.locator(".error-summary")).containsText("2022–2025");
			check(page, view);

			page.navigate("/admin/plans?lang=" + view.lang());
			page.locator("#file").setInputFiles(new FilePayload("krn-med-feil.json", "application/json",
					LateChangesScreenshots.brokenFile()));
			page.locator("main form[enctype] button[type=submit]").click();
			assertThat(page.locator("#import-problems code").first()).containsText("$.items[0].children[0].indicators[1]");
			check(page, view);

			page.navigate(EditPaths.editItem(plan, "T1.1 c)") + "?lang=" + view.lang());
			ObjectNode other = api.item(plan, "T1.1 c)");
			other.put("text", "Endret av en annen, " + view.lang());
			assertThat(api.putItem(plan, "T1.1 c)", other).statusCode()).isEqualTo(200);
			page.locator("#text").fill("Min versjon, " + view.lang());
			page.locator(".item-edit__main form button[type=submit]").click();
			assertThat(page.locator("#conflict fieldset")).isVisible();
			check(page, view);
			page.locator("#choice-text-stored").check();
			page.locator(".item-edit__main form button[type=submit]").click();
			assertThat(page.locator("#conflict")).isHidden();
		}

		String contributor = AccountFixtures.unique("bidrag");
		long id = AccountFixtures.user(accounts, contributor, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id, "FU KRN", AccountFixtures.unitId(db, "KRN"));
		String reader = AccountFixtures.unique("leser");
		AccountFixtures.user(accounts, reader, Role.READER);
		page.context().clearCookies();
		Browsers.signIn(page, contributor, AccountFixtures.PASSWORD);
		for (View view : VIEWS) {
			page.setViewportSize(view.width(), 900);
			visit(page, "/mine", view);
			assertThat(page.locator(".my-item").first()).isVisible();
		}
		page.context().clearCookies();
		Browsers.signIn(page, reader, AccountFixtures.PASSWORD);
		for (View view : VIEWS) {
			page.setViewportSize(view.width(), 900);
			visit(page, deleted, view);
			assertThat(page.locator("form[action$='/restore']")).hasCount(0);
		}
	}

	private static void visit(Page page, String path, View view) {
		page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + view.lang());
		check(page, view);
	}

	private static void check(Page page, View view) {
		Browsers.assertNoAxeViolations(page);
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("%s at %d px overflows by", page.url(), view.width())
			.isLessThanOrEqualTo(0);
	}

	record View(int width, String lang) {
	}
}
