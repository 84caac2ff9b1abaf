package no.planspor.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.exchange.ApiClient;
import no.planspor.followup.IndicatorPlans.Fixture;

/**
 * Indicators in a real browser: a measurement recorded with htmx redraws its indicator (progress,
 * chart, table) and moves focus to what happened; the target form shows the fields of the chosen
 * kind; and the pages pass axe-core's WCAG 2.1 A/AA rules, charts included, on a desktop and a phone.
 */
@BrowserTest
class IndicatorBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Test
	void aMeasurementIsRecordedInPlaceAndTheChartAndTableFollow(Page page) {
		Fixture plan = IndicatorPlans.create(port, db, accounts, "ind-browser");
		Browsers.signIn(page, plan.contributor(), AccountFixtures.PASSWORD);
		page.navigate(plan.itemPage(IndicatorPlans.COUNT_ITEM));
		Locator indicator = page.locator("#indicator-2");
		assertThat(indicator.locator("canvas")).hasCount(0);

		indicator.locator("summary", new Locator.LocatorOptions().setHasText("Registrer måling")).click();
		indicator.getByLabel("Verdi").fill("2");
		indicator.getByLabel("Dato målingen gjelder").fill("2025-06-01");
		indicator.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Registrer måling")).click();

		Locator notice = page.locator("#indicator-2 .indicator-block__notice");
		assertThat(notice).hasText("Målingen for indikator 2 er registrert.");
		assertThat(notice).isFocused();
		assertThat(page).hasURL(Pattern.compile(".*/items/T2\\.4%20a(\\)|%29)$"));
		Locator canvas = page.locator("#indicator-2 canvas");
		assertThat(canvas).hasAttribute("data-drawn", "true");
		assertThat(canvas).hasAttribute("role", "img");
		assertThat(canvas).hasAttribute("aria-label", Pattern.compile("^Diagram: 1 måling fra 1\\. juni 2025.*mål 3\\.$"));
		assertThat(page.locator("#indicator-2 .progress__words")).containsText("I rute");
		assertThat(page.locator("#indicator-2 .indicator-values tbody tr")).hasCount(1);

		// Refused: the problems next to the fields, focus on the summary, the typed value kept.
		page.locator("#indicator-2 .value-form summary").click();
		page.locator("#value-2").fill("2,555");
		page.locator("#indicator-2 .value-form button[type=submit]").click();
		Locator summary = page.locator("#value-errors-2");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Bruk høyst to desimaler");
		assertThat(page.locator("#value-2")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#value-2")).hasValue("2,555");
		assertThat(page.locator("#indicator-2 .indicator-values tbody tr")).hasCount(1);
		Browsers.assertNoAxeViolations(page);
	}

	@Test
	void theTargetFormShowsTheFieldsOfTheChosenKindAndSavesTheConfirmedTarget(Page page) {
		Fixture plan = IndicatorPlans.create(port, db, accounts, "ind-browser-target");
		Browsers.signIn(page, plan.editor(), AccountFixtures.PASSWORD);
		page.navigate(plan.itemPage(IndicatorPlans.COUNT_ITEM));
		page.locator("#indicator-1 a", new Page.LocatorOptions().setHasText("Foreslå mål")).click();

		assertThat(page.locator("h1")).hasText("Foreslå mål for indikator 1");
		assertThat(page.locator("#kind-COUNT")).isChecked();
		assertThat(page.locator("#value")).hasValue("3");
		assertThat(page.locator("#value")).isVisible();
		page.locator("#kind-MILESTONE").check();
		assertThat(page.locator("#value")).isHidden();
		assertThat(page.locator("#per")).isHidden();
		page.locator("#kind-INCREASE_PERCENT").check();
		assertThat(page.locator("#baselineValue")).isVisible();
		page.locator("#kind-COUNT").check();
		Browsers.assertNoAxeViolations(page);

		page.locator("#target-form button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/items/T2\\.4%20a(\\)|%29)#indicator-1$"));
		assertThat(page.locator(".alert--success")).hasText("Målet for indikator 1 er lagret.");
		assertThat(page.locator("#indicator-1 .indicator-target")).containsText("minst 3 PhD i planperioden");
		assertThat(page.locator("#indicator-1 .value-form")).hasCount(1);
	}

	/** Each page once in bokmål on a desktop and once in English on a phone, with every details open. */
	@Test
	void indicatorPagesPassAxeAndFitAPhone(Page page) {
		Fixture plan = IndicatorPlans.create(port, db, accounts, "ind-browser-axe");
		ApiClient admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		for (String[] value : List.of(new String[] { IndicatorPlans.COUNT_ITEM, "2", "1", "2025-06-01" },
				new String[] { IndicatorPlans.COUNT_ITEM, "2", "2", "2026-01-15" },
				new String[] { IndicatorPlans.YEARLY_ITEM, "1", "1", "2025-10-01" },
				new String[] { IndicatorPlans.YEARLY_ITEM, "2", "0", "2025-10-01" },
				new String[] { IndicatorPlans.SHARE_ITEM, "2", "400000", "2025-06-30" },
				new String[] { IndicatorPlans.SHARE_ITEM, "2", "1100000", "2025-12-31" },
				new String[] { IndicatorPlans.SHARE_ITEM, "2", "250000.5", "2026-03-31" })) {
			String json = "{\"value\": " + value[2] + ", \"asOf\": \"" + value[3] + "\", \"evidence\": \"https://example.org/\"}";
			assertThat(admin.post(plan.valuesPath(value[0], Integer.parseInt(value[1])),
					json.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(201);
		}
		Browsers.signIn(page, plan.editor(), AccountFixtures.PASSWORD);
		List<String> paths = List.of(plan.itemPage(IndicatorPlans.COUNT_ITEM), plan.itemPage(IndicatorPlans.YEARLY_ITEM),
				plan.itemPage(IndicatorPlans.SHARE_ITEM), plan.targetPage(IndicatorPlans.COUNT_ITEM, 1),
				plan.targetPage(IndicatorPlans.UNSAID_ITEM, 1), plan.targetPage(IndicatorPlans.COUNT_ITEM, 2),
				"/plans/" + plan.code());
		for (String[] view : List.of(new String[] { "1280", "nb" }, new String[] { "390", "en" })) {
			page.setViewportSize(Integer.parseInt(view[0]), 900);
			for (String path : paths) {
				page.navigate(path + "?lang=" + view[1]);
				page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
				for (Locator canvas : page.locator("canvas[data-chart]").all()) {
					assertThat(canvas).hasAttribute("data-drawn", "true");
					assertThat(canvas).hasAttribute("aria-label", Pattern.compile(".+"));
				}
				Browsers.assertNoAxeViolations(page);
				Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
				assertThat(((Number) overflow).intValue()).as("%s at %s px overflows by", path, view[0])
					.isLessThanOrEqualTo(0);
			}
		}
	}
}
