package no.planspor.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.browser.Chromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.planspor.account.AccountFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user pages, "Min profil" and the audit page in a real browser (Debian's Chromium): each passes
 * axe-core's WCAG 2.1 A/AA rules in both languages, at desktop and phone width, with and without
 * errors, and fits a phone. With {@code -Dscreenshots=true} each state is also saved as a picture in
 * {@code <build dir>/screenshots/}. It drives Playwright itself rather than through the shared browser
 * test support, whose dependencies (on the exchange module's tests) would close a module cycle; only
 * the browser it starts is the shared {@link Chromium}.
 */
@PlansporTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserPagesAdminTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	BrowserContext context;

	Page page;

	@BeforeAll
	void startChromium() {
		// Without Chromium, fail here with what to install (the browser tests' Chromium.Missing).
		Chromium.require();
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	void stopChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("nb-NO")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	void signIn() {
		page.navigate("/login");
		page.locator("#username").fill("admin");
		page.locator("#password").fill(PlansporTest.ADMIN_PASSWORD);
		page.locator("main form[action$='/login'] [type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	/** Checks the page as it stands in both languages and widths (the language switch keeps the state's address). */
	void check(String name, String path) {
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
				look(page, name + "-" + lang + "-" + width, width);
			}
		}
	}

	void look(Page page, String name, int width) {
		AxeResults axe = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		assertThat(axe.isErrored()).as("axe-core ran on %s", name).isFalse();
		assertThat(axe.getViolations()).as("WCAG 2.1 A/AA violations on %s", name)
			.extracting(rule -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.isEmpty();
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("%s overflows a %d px screen by", name, width)
			.isLessThanOrEqualTo(0);
		if (Boolean.getBoolean("screenshots")) {
			page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve(name + ".png")).setFullPage(true));
		}
	}

	/** {@code screenshots/} in the build directory, beside the compiled tests. */
	static Path screenshots() {
		try {
			Path classes = Path.of(UserPagesAdminTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return Files.createDirectories(classes.getParent().resolve("screenshots"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theUserProfileAndAuditPagesPassAxeInBothLanguagesAndFitAPhone() {
		long kari = AccountFixtures.user(accounts, unique("kari"), Role.EDITOR);
		long krn = AccountFixtures.unitId(db, "KRN");
		AccountFixtures.grantUnit(db, kari, krn);
		AccountFixtures.memberOfUnit(db, kari, "FU KRN", krn);
		AccountFixtures.memberOfPlan(db, kari, "CRAI", AccountFixtures.planId(db, "krn-forskning-2025-2029"));
		signIn();

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("users", "/admin/users");
		pages.put("new-user", "/admin/users/new");
		pages.put("user", "/admin/users/" + kari);
		pages.put("profile", "/account");
		pages.put("audit", "/admin/audit");
		pages.put("audit-filtered", "/admin/audit?type=USER&from=2020-01-01");
		pages.put("audit-error", "/admin/audit?from=31.12.2021");
		pages.forEach(this::check);
	}

	@Test
	void formsWithErrorsPassAxeToo() {
		signIn();
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			page.navigate("/admin/users/new");
			page.locator("#username").fill("Kari Nordmann");
			page.locator("#email").fill("kari");
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator(".error-summary")).containsText("Skjemaet har 4 feil");
			assertThat(page.locator("#username")).hasAttribute("aria-invalid", "true");
			look(page, "new-user-errors-nb-" + width, width);

			page.navigate("/account");
			page.locator("#currentPassword").fill("ikke riktig");
			page.locator("#newPassword").fill("kort");
			page.locator("#password-section button[type=submit]").click();
			assertThat(page.locator("#currentPassword-error")).isVisible();
			look(page, "profile-errors-nb-" + width, width);
		}
	}

	@Test
	void choosingAnotherUnitOrPlanOffersItsParties() {
		long someone = AccountFixtures.user(accounts, unique("valg"), Role.CONTRIBUTOR);
		signIn();
		page.navigate("/admin/users/" + someone);

		page.locator("#scope").selectOption("unit:" + AccountFixtures.unitId(db, "TIK"));
		assertThat(page.locator("#partyCode option[value='FL']")).hasCount(1);
		page.locator("#partyCode").selectOption("FL");
		page.locator("#memberships button[type=submit]").click();

		assertThat(page.locator(".membership-table")).containsText("FL");
		assertThat(page.locator("main [role=status]")).containsText("FL er lagt til.");
		look(page, "user-membership-added-nb-1280", 1280);
	}
}
