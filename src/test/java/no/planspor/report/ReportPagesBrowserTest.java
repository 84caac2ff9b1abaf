package no.planspor.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;

/**
 * The reading pages in a real browser: links to an item's anchor land on it, the print button prints,
 * and every page passes axe-core's WCAG 2.1 A/AA rules without overflowing a phone's width.
 */
@BrowserTest
class ReportPagesBrowserTest {

	static final List<String> PAGES = List.of("/", "/plans/krn-forskning-2025-2029", "/plans/tik-forskning-2022-2025",
			"/plans/ous-forskningsstrategi-2025-2029", "/plans/krn-forskning-2025-2029/items/T1.1%20a)",
			"/plans/ous-forskningsstrategi-2025-2029/items/1.1", "/plans/tik-forskning-2022-2025/items/2d",
			"/plans/krn-forskning-2025-2029/report", "/plans/tik-forskning-2022-2025/report");

	@Test
	void seeAlsoAndBackLinksLandOnTheItemTheyName(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/plans/krn-forskning-2025-2029");

		page.locator("#item-T2\\.1-c a", new Page.LocatorOptions().setHasText("Se pkt T2.1 d)")).click();
		assertThat(page).hasURL(Pattern.compile(".*#item-T2\\.1-d$"));
		assertThat(page.locator("tr:target")).hasAttribute("id", "item-T2.1-d");
		assertThat(page.locator("tr:target")).isInViewport();

		page.navigate("/plans/tik-forskning-2022-2025/items/1a.ii");
		page.locator("main a", new Page.LocatorOptions().setHasText("Tilbake til planen")).click();
		assertThat(page).hasURL(Pattern.compile(".*/plans/tik-forskning-2022-2025#item-1a\\.ii$"));
		assertThat(page.locator("li:target")).containsText("Etablere møtepunkter for kunnskapsutveksling");
		assertThat(page.locator("li:target")).isInViewport();
	}

	@Test
	void thePrintButtonShowsOnlyWithScriptAndIsLeftOutOfThePrint(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/plans/krn-forskning-2025-2029");

		assertThat(page.locator("button[data-print]")).isVisible();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("button[data-print]")).isHidden();
		assertThat(page.locator(".site-header")).isHidden();
		assertThat(page.locator("#item-T1\\.1-a")).isVisible();
	}

	/**
	 * Each page once in bokmål on a desktop and once in English on a phone, which covers both texts and
	 * both layouts at half the cost of all four; ReportScreenshots checks all four on demand.
	 */
	@Test
	void everyReadingPagePassesAxeAndFitsAPhone(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (View view : List.of(new View(1280, "nb"), new View(390, "en"))) {
			page.setViewportSize(view.width(), 900);
			for (String path : PAGES) {
				page.navigate(path + "?lang=" + view.lang());
				Browsers.assertNoAxeViolations(page);
				Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
				assertThat(((Number) overflow).intValue()).as("%s at %d px overflows by", path, view.width())
					.isLessThanOrEqualTo(0);
			}
		}
	}

	record View(int width, String lang) {
	}
}
