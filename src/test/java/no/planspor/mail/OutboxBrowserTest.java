package no.planspor.mail;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox pages in Chromium: axe-core finds nothing in bokmål on a desktop and in English on a
 * phone, nothing overflows a phone, and a failed letter is sent again from its page. With
 * {@code -Dscreenshots=<dir>} each view is also kept as a picture.
 */
@BrowserTest
class OutboxBrowserTest {

	@Autowired
	Outbox outbox;

	@Autowired
	LetterTemplates templates;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient db;

	@Test
	void theOutboxPagesPassAxeFitAPhoneAndSendAFailedLetterAgain(Page page) {
		long waiting = queue("Statusrunde høst 2026: svar innen 1. desember", "Kari Nordmann");
		long sent = queue("Påminnelse: to tiltak mangler status", "Ola Nordmann");
		long failed = queue("Statusrunde høst 2026: oppsummering", null);
		db.sql("update mail_letter set state = 'SENT', attempts = 1, sent_at = now() where id = :id").param("id", sent).update();
		db.sql("""
				update mail_letter set state = 'FAILED', attempts = 8, problem = 'ERROR',
				       last_error = '554 5.7.1 Message rejected: the sending host is not allowed to relay for this domain'
				 where id = :id""").param("id", failed).update();

		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		List<String> paths = List.of("/admin/mail", "/admin/mail?state=FAILED", "/admin/mail/" + waiting,
				"/admin/mail/" + failed, "/admin/mail/" + sent);
		for (String[] view : List.of(new String[] { "1280", "nb" }, new String[] { "390", "en" })) {
			page.setViewportSize(Integer.parseInt(view[0]), 900);
			for (String path : paths) {
				page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + view[1]);
				assertNoAxeViolationsBesideTheLetter(page);
				Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
				assertThat(((Number) overflow).intValue()).as("%s at %s px overflows by", path, view[0])
					.isLessThanOrEqualTo(0);
				keep(page, path, view);
			}
		}

		page.setViewportSize(1280, 900);
		page.navigate("/admin/mail/" + failed + "?lang=nb");
		assertThat(page.locator("iframe.mail-letter__frame")).hasAttribute("srcdoc",
				java.util.regex.Pattern.compile("<h1>Statusrunde høst 2026</h1>"));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Send på nytt")).click();
		assertThat(page.locator(".alert--success")).hasText("Meldingen venter på å bli sendt.");
		assertThat(page.locator(".facts")).containsText("Venter");
	}

	/**
	 * {@link Browsers#assertNoAxeViolations(Page)} for everything but the letter's own HTML: its frame
	 * runs no scripts (sandbox), so axe-core cannot look inside it and would wait for ever. The frame's
	 * title is checked in OutboxPagesTest; the letter's HTML is its template's to get right.
	 */
	private static void assertNoAxeViolationsBesideTheLetter(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.exclude(List.of("iframe.mail-letter__frame"))
			.analyze();
		assertThat(results.isErrored()).as("axe-core failed on %s: %s", page.url(), results.getErrorMessage()).isFalse();
		assertThat(results.getViolations().stream()
			.map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.toList()).as("accessibility violations on %s", page.url()).isEmpty();
	}

	private long queue(String subject, String name) {
		Letter letter = templates.write(AccountFixtures.unique("kari") + "@example.no", name,
				java.util.Locale.forLanguageTag("nb"), subject, "mail/test/greeting",
				java.util.Map.of("name", name == null ? "Kari" : name, "due", java.time.LocalDate.of(2026, 12, 1)),
				"round-asked");
		return transaction.execute(status -> outbox.queue(letter));
	}

	/** With -Dscreenshots=<dir>, a picture of the page as it stands. */
	private static void keep(Page page, String path, String[] view) {
		String dir = System.getProperty("screenshots");
		if (dir == null || dir.isBlank() || dir.equals("true")) {
			return;
		}
		String name = "outbox" + path.replaceAll("[^a-zA-Z0-9]+", "-") + "-" + view[1] + "-" + view[0] + ".png";
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name)).setFullPage(true));
	}
}
