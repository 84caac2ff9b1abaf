package no.planspor.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;

/**
 * Full-page screenshots of the reading pages, in bokmål and English, at desktop and phone width, and
 * the KRN plan as printed (PDF and print-media screenshot), each page checked with axe-core on the
 * way. For looking at, not for the build: run on demand with
 * {@code ./mvnw test -Dtest=ReportScreenshots -Dscreenshots=true} and open the PNGs in
 * {@code <build dir>/screenshots/} (or {@code -Dplanspor.screenshots=<dir>}).
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReportScreenshots {

	static final Map<String, String> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("home", "/");
		PAGES.put("krn", "/plans/krn-forskning-2025-2029");
		PAGES.put("tik", "/plans/tik-forskning-2022-2025");
		PAGES.put("strategy", "/plans/ous-forskningsstrategi-2025-2029");
		PAGES.put("item-T1.1a", "/plans/krn-forskning-2025-2029/items/T1.1%20a)");
		PAGES.put("item-strategy-1.1", "/plans/ous-forskningsstrategi-2025-2029/items/1.1");
		PAGES.put("item-tik-2d", "/plans/tik-forskning-2022-2025/items/2d");
	}

	@Test
	void everyReadingPageInBothLanguagesAtDesktopAndPhoneWidth(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (var entry : PAGES.entrySet()) {
				for (String lang : List.of("nb", "en")) {
					page.navigate(entry.getValue() + "?lang=" + lang);
					Browsers.assertNoAxeViolations(page);
					Browsers.screenshot(page, "report-" + entry.getKey() + "-" + lang + "-" + width);
				}
			}
		}
	}

	@Test
	void theKrnPlanAsPrinted(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/plans/krn-forskning-2025-2029");
		Path shot = Browsers.screenshot(page, "report-krn-print-placeholder");
		page.pdf(new Page.PdfOptions().setPath(shot.resolveSibling("report-krn-print.pdf"))
			.setFormat("A4")
			.setPrintBackground(true));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		page.setViewportSize(794, 1123);
		Browsers.screenshot(page, "report-krn-print-media");
		shot.toFile().delete();
	}
}
