package no.planspor.round;

import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's journey in a real browser: create a round, read the preview, open it, watch an answer
 * arrive without reloading (the progress polls every 15 seconds), remind one person, close it. Every
 * state of the pages passes axe.
 */
@BrowserTest
class RoundBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	Clock clock;

	@Test
	void createPreviewOpenWatchRemindAndClose(Page page) {
		RoundPlans.Krn krn = RoundPlans.krn(port, db, accounts);
		LocalDate today = LocalDate.now(clock);
		Browsers.signIn(page, krn.owner(), AccountFixtures.PASSWORD);
		page.navigate("/plans/" + krn.plan() + "/rounds");
		assertThat(page.locator("h1")).hasText("Statusrunder");
		Browsers.assertNoAxeViolations(page);

		// A round without a name is refused, the problem named and focused
		page.locator("#due").fill(today.plusDays(10).toString());
		page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Lag utkast")).click();
		assertThat(page.locator(".error-summary")).containsText("Gi runden et navn");
		Browsers.assertNoAxeViolations(page);

		page.locator("#title").fill("Status høst 2026");
		page.locator("#scope-goals").check();
		page.locator("#goals input[value='1']").check();
		page.locator("#message").fill("Hei! Oppdater status på tiltakene dine innen fristen.");
		page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Lag utkast")).click();
		assertThat(page.locator("h1 .badge")).hasText("Utkast");
		assertThat(page.locator(".alert--warning")).containsText("T1.3 a)");
		Browsers.assertNoAxeViolations(page);
		Browsers.screenshot(page, "round-preview");

		page.locator("button", new Page.LocatorOptions().setHasText("Åpne runden")).click();
		assertThat(page.locator("h1 .badge")).hasText("Åpen");
		assertThat(page.locator(".alert--success")).containsText("Runden er åpnet");
		Locator count = page.locator(".round-summary__count");
		assertThat(count).containsText("0 av ");
		Browsers.assertNoAxeViolations(page);
		page.evaluate("window.__sameDocument = true");

		// CRAI answers elsewhere; the page shows it at its next poll
		AccountFixtures.as(accounts, krn.crai(), () -> statuses.record(krn.plan(), "T1.3 d)",
				new StatusReport(State.ON_TRACK, today, 60, "Datasettet er klart."), null));
		assertThat(count).containsText("1 av ", new LocatorAssertions.ContainsTextOptions().setTimeout(25_000));
		assertThat(page.locator(".round-items tr.is-answered")).containsText("Datasettet er klart.");
		// The new answer is read out by a live region that outlived the swap
		assertThat(page.locator("#round-progress-live")).containsText("1 av ");
		assertThat((Boolean) page.evaluate("window.__sameDocument === true")).as("no reload").isTrue();
		Browsers.assertNoAxeViolations(page);
		Browsers.screenshot(page, "round-open");

		page.locator(".round-people tr", new Page.LocatorOptions().setHasText("Test " + krn.leader()))
			.locator("button", new Locator.LocatorOptions().setHasText("Påminn"))
			.click();
		assertThat(page.locator(".alert--success")).containsText("Én påminnelse sendt");
		assertThat(db.sql("select count(*) from round_letter where kind = 'REMINDED' and round_id in "
				+ "(select id from reporting_round where plan_id = :plan)").param("plan", krn.planId())
			.query(Long.class)
			.single()).isEqualTo(1);

		page.locator("button", new Page.LocatorOptions().setHasText("Avslutt runden")).click();
		assertThat(page.locator("h1 .badge")).hasText("Avsluttet");
		assertThat(page.locator("#round-progress")).not().hasAttribute("hx-trigger", "every 15s");
		assertThat(page.locator(".round-actions")).hasCount(0);
		Browsers.assertNoAxeViolations(page);

		// The report for the committee: as a page, and the PDF and workbook the owner takes to FU
		Download pdf = page.waitForDownload(() -> page.locator(".round-report a", new Page.LocatorOptions().setHasText("Last ned PDF")).click());
		assertThat(pdf.suggestedFilename()).endsWith(".pdf");
		assertThat(bytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		Download xlsx = page.waitForDownload(() -> page.locator(".round-report a", new Page.LocatorOptions().setHasText("Last ned Excel")).click());
		assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
		assertThat(bytes(xlsx)).startsWith(new byte[] { 'P', 'K', 3, 4 });
		page.locator(".round-report a", new Page.LocatorOptions().setHasText("Les rapporten")).click();
		assertThat(page.locator("h1")).hasText("Rapport til forskningsutvalget");
		assertThat(page.locator(".breadcrumbs")).containsText("Status høst 2026");
		assertThat(page.locator(".document")).containsText("T1.3 d)");
		Browsers.assertNoAxeViolations(page);
	}

	private static byte[] bytes(Download download) {
		try {
			return java.nio.file.Files.readAllBytes(download.path());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
