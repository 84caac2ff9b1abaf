package no.planspor.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.web.EditPaths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures of what issue 8 changed late: a deleted item's page (for an editor and for a reader), the
 * "never updated" flag in the table, on an item and in Mine tiltak, dates in the item history, the audit
 * log and a status form's errors on an ended plan, the strategy's source note, and the import page with
 * a broken file — in bokmål and English at desktop and phone width, each checked with axe on the way.
 * On demand: {@code ./mvnw test -Dtest=LateChangesScreenshots -Dscreenshots=true}.
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class LateChangesScreenshots {

	static final String KRN = "/plans/krn-forskning-2025-2029";

	static final String STRATEGY = "/plans/ous-forskningsstrategi-2025-2029";

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void theLateChangesInBothLanguagesAtDesktopAndPhoneWidth(Page page) {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		String tik = EditingPlans.tik(exchange, EditingPlans.UNIT, EditingPlans.UNIT_NAME);
		ApiCalls api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		ObjectNode item = api.item(plan, "T1.1 a)");
		item.put("comment", "Følges opp i FU KRN");
		item.put("deadline", "2027-03-01");
		assertThat(api.putItem(plan, "T1.1 a)", item).statusCode()).isEqualTo(200);
		accounts.create("leser-sen", "leser-passord", "Lise Leser", null, Role.READER);
		long kari = accounts.create("kari-sen", "kari-passord", "Kari Nordmann", null, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, kari, "FU KRN", AccountFixtures.unitId(db, "KRN"));

		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(EditPaths.item(plan, "T1.6d)") + "/delete");
		page.locator("main form button.button--danger").click();
		String deleted = EditPaths.item(plan, "T1.6d)");

		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				look(page, deleted, "deleted-editor", lang, width);
				look(page, KRN + "/table?flag=never-updated", "table-never-updated", lang, width);
				look(page, KRN + "/items/T1.3%20a)", "item-never-updated", lang, width);
				look(page, EditPaths.item(plan, "T1.1 a)") + "/history", "item-history", lang, width);
				look(page, "/admin/audit", "audit", lang, width);
				look(page, STRATEGY, "strategy", lang, width);
				look(page, STRATEGY + "/items/1", "strategy-item-1", lang, width);
				look(page, STRATEGY + "/items/1.1", "strategy-item-1.1", lang, width);

				page.navigate("/plans/" + tik + "/items/2d?lang=" + lang);
				page.locator("#status-form input[value=ON_TRACK]").check();
				page.locator("#status-form input[name=asOf]").fill("2026-06-01");
				page.locator("#status-form button[type=submit]").click();
				page.locator(".error-summary").waitFor();
				shoot(page, "tik-status-outside-period", lang, width);

				page.navigate("/admin/plans?lang=" + lang);
				page.locator("#file").setInputFiles(new FilePayload("krn-med-feil.json", "application/json", brokenFile()));
				page.locator("main form[enctype] button[type=submit]").click();
				page.locator("#import-problems").waitFor();
				shoot(page, "import-problems", lang, width);
			}
		}

		page.context().clearCookies();
		Browsers.signIn(page, "kari-sen", "kari-passord");
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				look(page, "/mine", "mine", lang, width);
			}
		}
		page.context().clearCookies();
		Browsers.signIn(page, "leser-sen", "leser-passord");
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				look(page, deleted, "deleted-reader", lang, width);
			}
		}
	}

	/** The KRN plan with an unknown field on an indicator and a responsible the plan does not list. */
	static byte[] brokenFile() {
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", PlanDocuments.freshCode("krn-feil"));
		ObjectNode measure = PlanDocuments.item(doc, "T1.1 a)");
		((ObjectNode) measure.get("indicators").get(1)).put("colour", "grønn");
		measure.putArray("responsible").add("XYZ");
		return PlanDocuments.bytes(doc);
	}

	private static void look(Page page, String path, String name, String lang, int width) {
		page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
		shoot(page, name, lang, width);
	}

	private static void shoot(Page page, String name, String lang, int width) {
		Browsers.screenshot(page, "late-" + name + "-" + lang + "-" + width);
		Browsers.assertNoAxeViolations(page);
	}
}
