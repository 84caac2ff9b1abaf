package no.planspor.workbook;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.ApiClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking a workbook back in a real browser: upload, a preview with a problem (a party the plan lacks),
 * a conflict and changes; add the party, choose a side, check again, save. Every state passes axe;
 * screenshots of the pages at desktop and phone width, in bokmål and English.
 */
@BrowserTest
class WorkbookBrowserTest {

	@LocalServerPort
	int port;

	/** A plan of its own, and a workbook of it edited while someone changed the plan in Planspor. */
	byte[] editedWithAConflict(String plan) {
		Workbooks api = new Workbooks(port, "nb");
		org.assertj.core.api.Assertions.assertThat(api.importPlan(Workbooks.krnCopy(plan)).statusCode()).isEqualTo(201);
		byte[] workbook = Workbooks.edit(api.download(plan), book -> {
			Sheet sheet = book.getSheetAt(0);
			Workbooks.set(sheet, "T1.1 a)", "Status", "Risiko");
			Workbooks.set(sheet, "T1.1 a)", "Statuskommentar", "Finansieringen er usikker.");
			Workbooks.set(sheet, "T1.1 b)", "Kommentar", "Ny kommentar fra Excel");
			Workbooks.set(sheet, "T1.1 c)", "Hovedansvar", "FG ledere, Forskere, Ny komité");
			Workbooks.set(sheet, "T1.3 b)", "Kommentar", "Regnearkets kommentar");
		});
		JsonNode item = ApiClient.json(api.get("/api/plans/" + plan + "/items/T1.3%20b)"));
		((ObjectNode) item).put("comment", "Plansporets kommentar");
		api.send("PUT", "/api/plans/" + plan + "/items/T1.3%20b)", item.toString());
		return workbook;
	}

	void upload(Page page, String plan, byte[] workbook, String lang) {
		page.navigate("/plans/" + plan + "/workbook?lang=" + lang);
		page.locator("input[type=file]").setInputFiles(new FilePayload("plan.xlsx", Workbooks.XLSX, workbook));
		page.locator("form.form button[type=submit]").click();
	}

	@Test
	void uploadPreviewChooseAndSave(Page page) {
		String plan = Workbooks.freshCode("xlsx-browser");
		byte[] workbook = editedWithAConflict(plan);
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/plans/" + plan + "/workbook");
		Browsers.assertNoAxeViolations(page);

		upload(page, plan, workbook, "nb");
		assertThat(page.locator("h1")).hasText("Endringer fra regnearket");
		assertThat(page.locator("#workbook-problems")).containsText("«Ny komité» er ikke en part i planen.");
		assertThat(page.locator("fieldset.workbook-conflict")).containsText("Plansporets kommentar");
		assertThat(page.locator("button", new Page.LocatorOptions().setHasText("Lagre endringene"))).hasCount(0);
		Browsers.assertNoAxeViolations(page);

		page.getByLabel("Legg til «Ny komité»").check();
		page.getByLabel("Bruk regnearkets").check();
		page.locator("button", new Page.LocatorOptions().setHasText("Se gjennom på nytt")).click();
		assertThat(page.locator("#workbook-problems")).hasCount(0);
		assertThat(page.locator("table.workbook-changes tbody tr")).hasCount(5);
		assertThat(page.getByLabel("Bruk regnearkets")).isChecked();
		Browsers.assertNoAxeViolations(page);

		page.locator("button", new Page.LocatorOptions().setHasText("Lagre endringene")).click();
		assertThat(page.locator(".alert--success")).hasText("5 endring(er) fra regnearket er lagret.");
		Workbooks api = new Workbooks(port, "nb");
		org.assertj.core.api.Assertions.assertThat(
				ApiClient.json(api.get("/api/plans/" + plan + "/items/T1.3%20b)")).get("comment").asString())
			.isEqualTo("Regnearkets kommentar");
	}

	/**
	 * The pages at desktop and phone width, in both languages, each checked with axe: for looking at, run on
	 * demand with {@code -Dscreenshots=true} (and {@code -Dplanspor.screenshots=<dir>}).
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "screenshots", matches = "true")
	void screenshots(Page page) {
		String plan = Workbooks.freshCode("xlsx-shots");
		byte[] workbook = editedWithAConflict(plan);
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				page.navigate("/plans/" + plan + "/workbook?lang=" + lang);
				Browsers.assertNoAxeViolations(page);
				Browsers.screenshot(page, "workbook-upload-" + lang + "-" + width);
				upload(page, plan, workbook, lang);
				Browsers.assertNoAxeViolations(page);
				Browsers.screenshot(page, "workbook-preview-" + lang + "-" + width);
			}
		}
		page.navigate("/plans/" + plan + "?lang=nb");
	}
}
