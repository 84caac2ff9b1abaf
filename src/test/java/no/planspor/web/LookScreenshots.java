package no.planspor.web;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;

/**
 * Pictures of the pages issue 8 asks to look at (front page, plan, table, an item, Mine tiltak, the
 * audit log, the sign-in page) at desktop and phone width in both languages, the phone's open menu, and
 * the table and the KRN plan printed to PDF. For looking at, not for the build: run on demand with
 * {@code ./mvnw test -Dtest=LookScreenshots -Dscreenshots=true}; the files land in
 * {@code <build dir>/screenshots/} (or {@code -Dplanspor.screenshots=<dir>}).
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class LookScreenshots {

	static final Map<String, String> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("front", "/");
		PAGES.put("plan", "/plans/krn-forskning-2025-2029");
		PAGES.put("table", "/plans/krn-forskning-2025-2029/table");
		PAGES.put("item", "/plans/krn-forskning-2025-2029/items/T1.1%20a)");
		PAGES.put("mine", "/mine");
		PAGES.put("audit", "/admin/audit");
	}

	@Test
	void theMainPagesAtDesktopAndPhoneWidthInBothLanguages(Page page) {
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				page.navigate("/login?lang=" + lang);
				Browsers.screenshot(page, "look-login-" + lang + "-" + width);
			}
		}
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (var entry : PAGES.entrySet()) {
				for (String lang : List.of("nb", "en")) {
					page.navigate(entry.getValue() + "?lang=" + lang);
					Browsers.screenshot(page, "look-" + entry.getKey() + "-" + lang + "-" + width);
				}
			}
		}
		page.navigate(PAGES.get("plan"));
		page.locator(".site-menu-toggle").click();
		Browsers.screenshot(page, "look-menu-open-nb-390");
	}

	@Test
	void theTableAndThePlanPrintedToPdf(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		Path dir = Browsers.screenshot(page, "look-print-placeholder").getParent();
		for (String name : List.of("table", "plan")) {
			page.navigate(PAGES.get(name));
			page.pdf(new Page.PdfOptions().setPath(dir.resolve("look-print-" + name + ".pdf")).setPreferCSSPageSize(true));
		}
		dir.resolve("look-print-placeholder.png").toFile().delete();
	}
}
