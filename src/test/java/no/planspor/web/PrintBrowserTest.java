package no.planspor.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;

import static no.planspor.browser.Browsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages as Chromium prints them (issue 8, point 7): no controls, full text, tables that break between
 * rows with their header on every sheet, and the page's title, the print date and the page number in
 * the margins of every sheet.
 */
@BrowserTest
class PrintBrowserTest {

	static final String KRN = "/plans/krn-forskning-2025-2029";

	static final String TABLE = KRN + "/table";

	/** What must not be on paper: the application around the document and everything one clicks. */
	static final String CONTROLS = "button, form, input, select, textarea, .button, header.site-header, nav, .breadcrumbs, "
			+ ".site-footer, .sort-link__icon, .status-inline__edit, .table-filter, .page-head__actions";

	@Test
	void theTablePrintsWithoutControlsAndWithItsGoalNamesInFull(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(TABLE);
		assertThat(visible(page, CONTROLS)).as("controls on screen").isPositive();
		assertThat(clamped(page)).as("goal names cut short on screen").isPositive();

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

		assertThat(visible(page, CONTROLS)).as("controls on paper").isZero();
		assertThat(clamped(page)).as("goal names cut short on paper").isZero();
		assertThat(page.locator("table.plan-table thead").evaluate("el => getComputedStyle(el).display"))
			.isEqualTo("table-header-group");
		assertThat(page.locator("table.plan-table tbody tr").first().evaluate("el => getComputedStyle(el).breakInside"))
			.isEqualTo("avoid");
		assertThat(page.locator("table.plan-table tbody tr").count()).isEqualTo(34);
	}

	@Test
	void everyReadingPagePrintsWithoutControls(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		for (String path : List.of("/", KRN, "/plans/tik-forskning-2022-2025", KRN + "/items/T1.1%20a)",
				"/plans/ous-forskningsstrategi-2025-2029", "/mine", "/admin/audit")) {
			page.navigate(path);
			assertThat(visible(page, CONTROLS)).as("controls on paper on %s", path).isZero();
			assertThat(page.locator("main h1").isVisible()).as("the page's title on %s", path).isTrue();
		}
	}

	@Test
	void everySheetCarriesTheTitleThePrintDateAndItsNumber(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(TABLE);
		String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb")));

		String margins = marginRules(page);
		assertThat(margins).contains("@top-left { content: \"Tiltakstabell – Handlingsplan for forskning 2025-2029\"; }")
			.contains("@top-right { content: \"Skrevet ut " + today + "\"; }")
			.contains("@bottom-right { content: \"Side \" counter(page) \" av \" counter(pages); }");

		page.navigate(KRN + "?lang=en");
		assertThat(marginRules(page)).contains("Handlingsplan for forskning 2025-2029 – KRN")
			.contains("Printed " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
			.contains("\"Page \" counter(page) \" of \" counter(pages)");

		byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
		assertThat(pages(pdf)).as("sheets of the KRN plan").isGreaterThan(3);
	}

	/** How many of the matching elements a person would see. */
	private static int visible(Page page, String selector) {
		return ((Number) page.locator(selector).evaluateAll("""
				els => els.filter(el => el.checkVisibility({ visibilityProperty: true })
				  && !(el.type === 'hidden') && el.getClientRects().length > 0).length""")).intValue();
	}

	/** Goal and sub-goal names in the table whose text does not fit their box. */
	private static int clamped(Page page) {
		return ((Number) page.locator(".plan-table__goal-label")
			.evaluateAll("els => els.filter(el => el.scrollHeight > el.clientHeight + 1).length")).intValue();
	}

	/** The page's @page rules as Chromium read them, margin boxes included. */
	private static String marginRules(Page page) {
		return (String) page.evaluate("""
				() => [...document.styleSheets].flatMap(sheet => [...sheet.cssRules])
				  .filter(rule => rule instanceof CSSPageRule).map(rule => rule.cssText).join('\\n')""");
	}

	/** The number of pages of a PDF, from its page tree ("/Type /Pages … /Count n"). */
	private static int pages(byte[] pdf) {
		Matcher count = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
			.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int most = 0;
		while (count.find()) {
			most = Math.max(most, Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2)));
		}
		return most;
	}
}
