package no.planspor.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.planspor.browser.Browsers.assertNoAxeViolations;
import static no.planspor.browser.Browsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look as a person meets it in Chromium (issue 8): a phone's header is one bar with the navigation
 * behind a "Meny" button, tags are readable, secondary actions look like buttons (not disabled), there
 * is one primary action per view, table headers stay in view, focus shows, and the file picker is
 * styled. Every main page passes axe-core in both languages at desktop and phone width.
 */
@BrowserTest
class LookBrowserTest {

	static final String KRN = "/plans/krn-forskning-2025-2029";

	static final String TABLE = KRN + "/table";

	static final String ITEM = KRN + "/items/T1.1%20a)";

	/** The pages of the issue (plan, table, item, Mine tiltak, audit, front page) and the file import. */
	static final List<String> PAGES = List.of("/", KRN, TABLE, ITEM, "/mine", "/admin/audit", "/admin/plans");

	/** The accent colour of buttons and links (planspor.css --accent). */
	static final String ACCENT = "rgb(10, 92, 176)";

	@Test
	void onAPhoneTheHeaderIsOneBarAndTheNavigationOpensFromAMenuButton(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.setViewportSize(390, 844);
		page.navigate(KRN);

		Locator header = page.locator("header.site-header");
		assertThat(header.boundingBox().height).as("header height on a phone").isLessThanOrEqualTo(64);
		Locator toggle = page.locator(".site-menu-toggle");
		Locator nav = page.locator("nav.site-nav");
		assertThat(toggle).isVisible();
		assertThat(toggle).hasAccessibleName("Meny");
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(toggle).hasAttribute("aria-controls", "site-menu");
		assertThat(nav).isHidden();
		assertNoAxeViolations(page);

		// By keyboard: skip link, brand, then the menu button.
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		assertThat(toggle).isFocused();
		page.keyboard().press("Enter");
		assertThat(toggle).hasAttribute("aria-expanded", "true");
		assertThat(nav).isVisible();
		assertThat(page.locator("#site-menu .lang-switch")).isVisible();
		assertThat(page.locator("#site-menu form[action$='/logout'] button")).isVisible();
		assertNoAxeViolations(page);
		page.keyboard().press("Tab");
		assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Planer")))
			.isFocused();

		page.keyboard().press("Escape");
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(toggle).isFocused();
		assertThat(nav).isHidden();

		page.locator(".site-menu-toggle").click();
		nav.getByText("Mine tiltak").click();
		assertThat(page).hasURL(Pattern.compile(".*/mine$"));
	}

	@Test
	void onADesktopTheNavigationIsInTheBarWithItsSectionMarkedAndThereIsNoMenuButton(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(KRN);

		assertThat(page.locator(".site-menu-toggle")).isHidden();
		assertThat(page.locator("nav.site-nav")).isVisible();
		assertThat(page.locator("header.site-header").boundingBox().height).isLessThanOrEqualTo(64);
		assertThat(page.locator("nav.site-nav a[aria-current]")).hasText("Planer");

		page.navigate("/admin/audit");
		assertThat(page.locator("nav.site-nav a[aria-current]")).hasText("Administrasjon");
		page.navigate("/mine");
		assertThat(page.locator("nav.site-nav a[aria-current]")).hasText("Mine tiltak");
	}

	@Test
	void tagsAreAtLeastFourteenPixels(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (String path : List.of("/", KRN, TABLE, ITEM)) {
			page.navigate(path);
			@SuppressWarnings("unchecked")
			List<Number> sizes = (List<Number>) page.locator(".state, .flag, .badge")
				.evaluateAll("tags => tags.map(tag => parseFloat(getComputedStyle(tag).fontSize))");
			assertThat(sizes).as("font sizes of the tags on %s", path)
				.isNotEmpty()
				.allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(14));
		}
	}

	@Test
	void printAndShortlistsLookLikeTheOtherSecondaryButtonsAndEachViewHasOnePrimaryAction(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(KRN);
		Map<String, Object> secondary = looks(page.locator(".page-head__actions a[href$='/versions']"));
		assertThat(secondary).containsEntry("color", ACCENT).containsEntry("borderTopColor", ACCENT).containsEntry("opacity", "1");
		assertThat(looks(page.locator("[data-print]"))).as("Skriv ut").isEqualTo(secondary);
		assertThat(looks(page.locator(".page-head__actions a[href$='/shortlists']"))).as("Kortlister").isEqualTo(secondary);

		page.navigate(TABLE);
		assertThat(looks(page.locator(".page-head__actions a[href$='/shortlists']"))).as("Kortlister on the table")
			.isEqualTo(looks(page.locator(".page-head__actions a[href='" + KRN + "']")));

		for (String path : List.of("/", KRN, TABLE, ITEM, "/admin/audit", "/admin/plans")) {
			page.navigate(path);
			assertThat(page.locator("main .button--primary:visible").allTextContents()).as("primary actions on %s", path).hasSize(1);
		}
	}

	@Test
	void theTablesHeaderStaysInViewWhileItsRowsScrollBy(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(TABLE);
		Locator head = page.locator("table.plan-table thead th").first();
		double before = head.boundingBox().y;

		page.locator("table.plan-table tbody tr").nth(20).scrollIntoViewIfNeeded();
		page.evaluate("() => window.scrollBy(0, 300)");

		assertThat(before).isGreaterThan(300);
		assertThat(head.boundingBox().y).as("the header's top after scrolling").isBetween(-1.0, 1.0);
		assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("the page does not scroll sideways").isEqualTo(true);
	}

	@Test
	void keyboardFocusIsClearlyVisible(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(KRN);
		page.locator(".page-head__actions a[href$='/versions']").focus();
		page.keyboard().press("Shift+Tab");
		page.keyboard().press("Tab");

		assertThat(page.locator(".page-head__actions a[href$='/versions']")).isFocused();
		Map<String, Object> focus = focusRing(page);
		assertThat(focus).containsEntry("outlineStyle", "solid").containsEntry("outlineWidth", "3px");
		assertThat(focus.get("outlineColor")).as("a dark ring on the light page").isEqualTo("rgb(26, 36, 51)");
	}

	@Test
	void theFilePickerIsStyledLabelledAndShowsFocus(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/admin/plans");
		Locator picker = page.locator("input[type=file]#file");

		assertThat(picker).hasAccessibleName("Planfil (JSON)");
		assertThat(picker.evaluate("el => getComputedStyle(el, '::file-selector-button').borderTopColor")).isEqualTo(ACCENT);
		assertThat(picker.evaluate("el => getComputedStyle(el).borderTopStyle")).isEqualTo("dashed");
		page.locator("#file").focus();
		page.keyboard().press("Shift+Tab");
		page.keyboard().press("Tab");
		assertThat(picker).isFocused();
		assertThat(focusRing(page)).containsEntry("outlineStyle", "solid");
	}

	@Test
	void aFailedSignInKeepsTheNameAndTheCursorGoesToThePassword(Page page) {
		page.navigate("/login");
		page.locator("#username").fill("admin");
		page.locator("#password").fill("not-the-password");
		page.locator("main form[action$='/login'] [type=submit]").click();

		assertThat(page.locator("[role=alert]")).hasText("Feil brukernavn eller passord.");
		assertThat(page.locator("#username")).hasValue("admin");
		assertThat(page.locator("#password")).isFocused();
		assertNoAxeViolations(page);
	}

	@Test
	void theMainPagesPassAxeInBothLanguagesOnADesktopAndAPhone(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String path : PAGES) {
				for (String lang : List.of("nb", "en")) {
					page.navigate(path + "?lang=" + lang);
					assertNoAxeViolations(page);
				}
			}
		}
	}

	/** What makes a button look like one kind or another. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> looks(Locator button) {
		return (Map<String, Object>) button.evaluate("""
				el => { const s = getComputedStyle(el); return { color: s.color, backgroundColor: s.backgroundColor,
				  borderTopColor: s.borderTopColor, borderTopWidth: s.borderTopWidth, fontWeight: s.fontWeight,
				  opacity: s.opacity, height: String(el.getBoundingClientRect().height) }; }""");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> focusRing(Page page) {
		return (Map<String, Object>) page.evaluate("""
				() => { const s = getComputedStyle(document.activeElement); return { outlineStyle: s.outlineStyle,
				  outlineWidth: s.outlineWidth, outlineColor: s.outlineColor }; }""");
	}
}
