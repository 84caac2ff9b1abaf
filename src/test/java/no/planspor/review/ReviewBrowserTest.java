package no.planspor.review;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The review journey in Chromium: start a review from the plan page, decide on measures (adjust with a
 * new wording, stop), propose a new measure, send it for consideration, adopt and apply it, and read the
 * summary; axe-core finds nothing on the pages at desktop and phone width, in both languages. With
 * {@code -Dscreenshots=true} the pages are also saved as PNGs to look at.
 */
@BrowserTest
class ReviewBrowserTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void openDecideApplyAndReadTheSummary(Page page) {
		ReviewPlans krn = ReviewPlans.krn(exchange, accounts, db, "gjennomgang-nettleser");
		long a = plans.tree(krn.plan).requireItem("T1.1 a)").id();
		long b = plans.tree(krn.plan).requireItem("T1.1 b)").id();
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);

		page.navigate("/plans/" + krn.plan);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gjennomgang").setExact(true)).click();
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#review-progress")).containsText("Besluttet 0 av");

		Locator adjust = page.locator("#m" + a);
		adjust.locator("summary").click();
		adjust.locator("input[value=ADJUST]").check();
		adjust.locator("textarea[name=reason]").fill("Gjøres mer konkret");
		adjust.locator("textarea[name=text]").fill(plans.tree(krn.plan).requireItem("T1.1 a)").text()
			.replace("i rapporter", "i nye rapporter"));
		adjust.locator("form button[type=submit]").first().click();
		assertThat(page.locator("#m" + a + " .badge--decision-ADJUST")).hasText("Justere");
		assertThat(page.locator("#m" + a + " .change-words ins")).hasText("nye ");

		Locator stop = page.locator("#m" + b);
		stop.locator("summary").click();
		stop.locator("input[value=STOP]").check();
		stop.locator("textarea[name=reason]").fill("Dekkes av T1.1 a)");
		stop.locator("form button[type=submit]").first().click();
		assertThat(page.locator("#review-progress")).containsText("Besluttet 2 av");

		Locator added = page.locator(".review-new");
		added.locator("summary").click();
		added.locator("input[name=code]").fill("T1.7 a)");
		added.locator("textarea[name=reason]").fill("Nytt tiltak fra FU KRN");
		added.locator("textarea[name=text]").fill("Årlig forskningsdag i KRN");
		added.locator("form button[type=submit]").click();
		assertThat(page.locator("#new-measures")).containsText("Årlig forskningsdag i KRN");

		String review = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[#?].*$", "");
		look(page, review, "review-open");
		page.navigate(review + "?lang=nb");
		page.locator("#m" + a + " summary").click();
		page.locator("#m" + a + " textarea[name=reason]").fill(" ");
		page.locator("#m" + a + " form button[type=submit]").first().click();
		assertThat(page.locator("#m" + a + "-errors")).isVisible();
		shootAndCheck(page, "review-error-nb-1280");

		page.navigate(review);
		page.locator("#body").fill("FU KRN");
		page.locator("#workflow form button[type=submit]").click();
		assertThat(page.locator("#workflow")).containsText("Til behandling i FU KRN");
		look(page, review, "review-submitted");
		page.navigate(review);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vedta og gjennomfør")).click();
		assertThat(page.locator("#group-ADJUST")).hasText("Justeres (1)");
		assertThat(page.locator("#group-STOP")).hasText("Avsluttes (1)");
		assertThat(page.locator("#group-NEW")).hasText("Nye tiltak (1)");
		assertThat(page.locator(".review-changes-table")).containsText("T1.7 a)");
		look(page, review + "/summary", "review-summary");
		look(page, "/plans/" + krn.plan + "/reviews", "review-list");
	}

	/** The page at desktop and phone width, in both languages: axe finds nothing; a picture if asked. */
	private static void look(Page page, String path, String name) {
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
				shootAndCheck(page, name + "-" + lang + "-" + width);
			}
		}
		page.setViewportSize(1280, 900);
		page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=nb");
	}

	private static void shootAndCheck(Page page, String name) {
		if (Boolean.getBoolean("screenshots")) {
			Browsers.screenshot(page, name);
		}
		Browsers.assertNoAxeViolations(page);
	}
}
