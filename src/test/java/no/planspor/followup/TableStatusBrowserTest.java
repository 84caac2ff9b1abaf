package no.planspor.followup;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.followup.status.StatusForms;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Recording a status from a row of the plan table with the keyboard alone: "Oppdater status" opens
 * (fetching its form), the form gets a row of its own with the cursor in its first field, Enter
 * saves, and the measure's row shows the new state with focus on the notice that says so. Escape
 * closes a form without saving.
 */
@BrowserTest
class TableStatusBrowserTest {

	static final String MEASURE = "T1.4 b)";

	@LocalServerPort
	int port;

	@Autowired
	StatusForms forms;

	@Test
	void aStatusIsRecordedFromTheTableWithTheKeyboardAlone(Page page) {
		String plan = StatusPlans.importKrnCopy(port);
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		page.setViewportSize(1400, 900);
		page.navigate("/plans/" + plan + "/table");
		Locator row = page.locator("#row-" + forms.key(plan, MEASURE));
		Locator summary = row.locator("summary");
		assertThat(row.locator("form.status-form")).hasCount(0);

		summary.focus();
		page.keyboard().press("Enter");
		Locator formRow = page.locator("tr.plan-table__form-row");
		Locator state = formRow.locator("select[name=state]");
		assertThat(state).isFocused();
		Browsers.assertNoAxeViolations(page);
		Browsers.screenshot(page, "table-inline-status-open");

		page.keyboard().press("Escape");
		assertThat(formRow).hasCount(0);
		assertThat(summary).isFocused();

		page.keyboard().press("Enter");
		assertThat(state).isFocused();
		page.keyboard().press("ArrowDown");
		page.keyboard().press("ArrowDown");
		assertThat(state).hasValue("ON_TRACK");
		page.keyboard().press("Tab");
		assertThat(formRow.locator("input[name=progress]")).isFocused();
		page.keyboard().type("40");
		page.keyboard().press("Enter");

		assertThat(formRow).hasCount(0);
		assertThat(row.locator(".plan-table__state .state--ON_TRACK")).hasText("I rute");
		assertThat(row.locator(".state-progress")).hasText("40 %");
		assertThat(row.locator(".status-inline__notice")).isFocused();
		Browsers.assertNoAxeViolations(page);
		Browsers.screenshot(page, "table-inline-status-saved");
	}
}
