package no.planspor.followup;

import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a status on the item page in a real browser: htmx swaps in the new history and the state
 * at the top without a reload, a refused form comes back with its problems and focus on the summary,
 * and every state of the page passes axe.
 */
@BrowserTest
class StatusBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Clock clock;

	@Test
	void recordACorrectAndBeToldWhatIsWrongWithoutLeavingThePage(Page page) {
		String plan = StatusPlans.importKrnCopy(port);
		LocalDate today = LocalDate.now(clock);
		StatusDemo.record(statuses, accounts, plan, today);
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.navigate("/plans/" + plan + "/items/T1.4%20b)");
		Browsers.assertNoAxeViolations(page);
		assertThat(page.locator("#item-latest")).containsText("Ingen status");
		page.evaluate("window.__sameDocument = true");

		// A narrative is needed for "Risiko": the form says so next to the field and at the top.
		page.locator("#status-form label").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Risiko")).click();
		page.locator("#status-form input[name=progress]").fill("30");
		page.locator("#status-form button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Beskriv hvorfor");
		assertThat(page.locator(".error-summary")).isFocused();
		assertThat(page.locator("#status-form input[name=progress]")).hasValue("30");
		assertThat(page.locator("#status-form input[value=AT_RISK]")).isChecked();
		Browsers.assertNoAxeViolations(page);
		Browsers.screenshot(page, "status-form-errors");

		page.locator("#status-form textarea[name=text]").fill("Juridisk avklaring trekker ut.");
		page.locator("#status-form button[type=submit]").click();
		assertThat(page.locator(".status-panel__notice")).hasText("Statusen er registrert.");
		assertThat(page.locator(".status-panel__notice")).isFocused();
		assertThat(page.locator("#item-latest")).containsText("Risiko");
		assertThat(page.locator(".timeline__entry").first()).containsText("Juridisk avklaring trekker ut.");
		assertThat(page.locator("#status-form input[name=progress]")).hasValue("");
		assertThat((Boolean) page.evaluate("window.__sameDocument === true")).as("no reload").isTrue();
		Browsers.assertNoAxeViolations(page);

		// Correct it: the link fills the form with what the update said.
		page.locator(".timeline__entry").first().locator("a.timeline__correct").click();
		assertThat(page.locator("#status-form h3")).hasText("Korriger en oppdatering");
		assertThat(page.locator("#status-form textarea[name=text]")).hasValue("Juridisk avklaring trekker ut.");
		page.locator("#status-form label").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("I rute")).click();
		page.locator("#status-form button[type=submit]").click();
		assertThat(page.locator(".status-panel__notice")).hasText("Korrigeringen er registrert.");
		assertThat(page.locator("#item-latest")).containsText("I rute");
		assertThat(page.locator(".timeline__entry.is-corrected")).hasCount(1);
		assertThat(page.locator(".timeline__entry").first()).containsText("Korrigerer oppdateringen av");
		Browsers.assertNoAxeViolations(page);
	}
}
