package no.planspor.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.exchange.PlanDocuments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.planspor.browser.Browsers.assertNoAxeViolations;
import static no.planspor.browser.Browsers.screenshot;
import static no.planspor.browser.Browsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #2 end to end, as a research leader meets it: sign in, open the KRN plan, follow a quoted
 * strategy item and come back, read it in English and back in bokmål, and, as the administrator,
 * import a broken plan file and see what is wrong with it. Every page visited passes axe-core's
 * WCAG 2.1 A/AA rules and is saved as a screenshot.
 */
@BrowserTest
class CoreJourneyTest {

	static final String KRN = "/plans/krn-forskning-2025-2029";

	static final String STRATEGY_1_1 = "/plans/ous-forskningsstrategi-2025-2029/items/1.1";

	@Autowired
	JdbcClient db;

	@Test
	void signInOpenTheKrnPlanFollowAStrategyItemAndComeBack(Page page) {
		page.navigate("/");
		assertThat(page).hasURL(endsWith("/login"));
		look(page, "journey-01-login");

		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		assertThat(page.locator("h1")).hasText("Planer");
		look(page, "journey-02-home");

		page.locator("main a[href='" + KRN + "']").first().click();
		assertThat(page).hasURL(endsWith(KRN));
		assertThat(page.locator("h1")).hasText("Handlingsplan for forskning 2025-2029");
		assertThat(page.locator("main")).containsText("Klinikkledermøtet i KRN");
		look(page, "journey-03-krn-plan");

		// Under goal 1 the plan quotes the strategy; the quote links to the strategy item.
		Locator goal1 = page.locator("section.goal").first();
		assertThat(goal1.locator("h2")).containsText("Drive forskning som forbedrer klinisk praksis");
		Locator quote = goal1.locator("blockquote.strategy-quote a[href='" + STRATEGY_1_1 + "']");
		assertThat(quote).hasCount(1);
		quote.click();
		assertThat(page).hasURL(endsWith(STRATEGY_1_1));
		assertThat(page.locator("h1")).containsText("1.1");
		assertThat(page.locator("main")).containsText("Videreutvikle forskningen i KRN med nødvendig bredde og kvalitet");
		// The strategy item lists the KRN measures that build on it.
		Locator fromKrn = page.locator("section.linking-plan")
			.filter(new Locator.FilterOptions().setHas(page.locator("h3 a[href='" + KRN + "']")));
		assertThat(fromKrn).containsText("T1.1 a)");
		assertThat(fromKrn).containsText("T1.1 c)");
		look(page, "journey-04-strategy-item-1.1");

		// Back to the plan, the way a reader would: through the measure that builds on the item.
		fromKrn.locator("a", new Locator.LocatorOptions().setHasText("T1.1 a)")).first().click();
		assertThat(page.locator("h1")).containsText("T1.1 a)");
		assertThat(page.locator("main")).containsText("Forskningsleder");
		look(page, "journey-05-measure-T1.1a");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til planen")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*" + escaped(KRN) + "#.+"));
		assertThat(page.locator("h1")).hasText("Handlingsplan for forskning 2025-2029");

		// And the browser's back button returns to the strategy item.
		page.goBack();
		page.goBack();
		assertThat(page).hasURL(endsWith(STRATEGY_1_1));
	}

	@Test
	void switchToEnglishAndBack(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate(KRN);
		Locator nav = page.locator("nav.site-nav");
		assertThat(nav).containsText("Planer");
		assertThat(page.locator("html")).hasAttribute("lang", "nb");

		page.locator(".lang-switch a[hreflang='en']").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page).hasURL(endsWith(KRN + "?lang=en"));
		assertThat(nav).containsText("Plans");
		assertThat(page.locator(".site-header")).containsText("Sign out");
		assertThat(page.locator("section.goal").first().locator("h2")).containsText("Goal 1:");
		look(page, "journey-06-krn-plan-en");

		// The choice is remembered on the next page, without the parameter.
		page.navigate("/");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Plans");
		look(page, "journey-07-home-en");
		page.navigate(STRATEGY_1_1);
		look(page, "journey-08-strategy-item-1.1-en");

		page.locator(".lang-switch a[hreflang='nb']").click();
		assertThat(page.locator("html")).hasAttribute("lang", "nb");
		assertThat(nav).containsText("Planer");
		assertThat(page.locator(".site-header")).containsText("Logg ut");
		page.navigate("/");
		assertThat(page.locator("h1")).hasText("Planer");
	}

	@Test
	void importABrokenFileAndSeeWhatIsWrongWithIt(Page page) {
		long plansBefore = plans();
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/admin/plans");
		assertThat(page.locator("h1")).hasText("Planfiler");
		look(page, "journey-09-admin-plans");

		page.getByLabel("Planfil (JSON)").setInputFiles(brokenFile());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();

		Locator problems = page.locator("[role=alert]");
		assertThat(problems).containsText("Filen «ødelagt-plan.json» ble ikke importert.");
		assertThat(problems).containsText("$.items[0].children[1].colour");
		assertThat(problems).containsText("Ukjent felt «colour».");
		assertThat(problems).containsText("$.items[0].children[0].responsible[2]");
		assertThat(page.getByLabel("Planfil (JSON)")).hasAttribute("aria-invalid", "true");
		look(page, "journey-10-admin-plans-import-failed");

		page.locator(".lang-switch a[hreflang='en']").click();
		page.getByLabel("Plan file (JSON)").setInputFiles(brokenFile());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(page.locator("[role=alert]")).containsText("Unknown field “colour”.");
		assertThat(page.locator("[role=alert]")).containsText("$.items[0].children[1].colour");
		look(page, "journey-11-admin-plans-import-failed-en");

		assertThat(plans()).isEqualTo(plansBefore);
	}

	@Test
	void everySeedPlanPageReadsWellInBothLanguages(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		for (String language : java.util.List.of("nb", "en")) {
			for (String plan : java.util.List.of("ous-forskningsstrategi-2025-2029", "tik-forskning-2022-2025",
					"krn-forskning-2025-2029")) {
				page.navigate("/plans/" + plan + "?lang=" + language);
				assertThat(page.locator("html")).hasAttribute("lang", language);
				look(page, "plan-" + plan + "-" + language);
			}
			page.navigate("/plans/tik-forskning-2022-2025/items/2d?lang=" + language);
			assertThat(page.locator("main")).containsText("Etablere egen celllelab på Fysisk institutt");
			look(page, "item-tik-2d-" + language);
		}
	}

	@Test
	void anAddressThatLeadsNowhereShowsTheErrorPage(Page page) {
		signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		var response = page.navigate("/plans/finnes-ikke");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Fant ikke siden");
		look(page, "journey-12-error-404");
		page.locator(".lang-switch a[hreflang='en']").click();
		assertThat(page.locator("h1")).hasText("Page not found");
		look(page, "journey-13-error-404-en");
	}

	/** An address that ends in the path, as a pattern JavaScript reads too: Playwright hands it to the browser. */
	private static java.util.regex.Pattern endsWith(String path) {
		return java.util.regex.Pattern.compile(".*" + escaped(path) + "$");
	}

	private static String escaped(String text) {
		return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
	}

	/** Every page of the journey must pass axe, and is kept as a picture to look at. */
	private static void look(Page page, String name) {
		screenshot(page, name);
		assertNoAxeViolations(page);
	}

	private static FilePayload brokenFile() {
		ObjectNode doc = PlanDocuments.valid(PlanDocuments.freshCode("broken"));
		PlanDocuments.at(doc, "$.items[0].children[1]").put("colour", "grønn");
		PlanDocuments.at(doc, "$.items[0].children[0]").withArray("responsible").add("FL");
		return new FilePayload("ødelagt-plan.json", "application/json",
				PlanDocuments.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
	}

	private long plans() {
		return db.sql("select count(*) from plan").query(Long.class).single();
	}
}
