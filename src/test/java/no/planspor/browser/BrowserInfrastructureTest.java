package no.planspor.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The end-to-end machinery itself: a clean browser per test, sign-in, the axe check and screenshots. */
@BrowserTest
class BrowserInfrastructureTest {

	@Test
	void eachTestStartsSignedOutInBokmal(Page page, BrowserContext context) {
		assertThat(context.cookies()).isEmpty();
		page.navigate("/");
		assertThat(page.url()).endsWith("/login");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
		assertThat(page.locator("h1").textContent()).isEqualTo("Logg inn");
	}

	@Test
	void signInLetsThePersonIn(Page page) {
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		assertThat(page.url()).doesNotContain("/login");
		assertThat(page.locator(".site-header").textContent()).contains("Administrator");
	}

	@Test
	void theAxeCheckNamesEachViolationWithWhereAndWhy(Page page) {
		page.setContent("<!DOCTYPE html><html><head><title>Feil</title></head><body><main>"
				+ "<img src=\"bilde.png\"><input type=\"text\" id=\"felt\"></main></body></html>");

		assertThatThrownBy(() -> Browsers.assertNoAxeViolations(page)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt [critical] Images must have alternative text")
			.hasMessageContaining("at img")
			.hasMessageContaining("label [critical]")
			.hasMessageContaining("at #felt")
			.hasMessageContaining("html-has-lang [serious]");
	}

	@Test
	void textInTheColourOfItsBackgroundFailsTheAxeCheck(Page page) {
		page.setContent("<!DOCTYPE html><html lang=\"nb\"><head><title>Usynlig</title></head><body><main>"
				+ "<button type=\"button\" style=\"color:#fff;background:#fff\">Logg ut</button></main></body></html>");

		assertThatThrownBy(() -> Browsers.assertNoAxeViolations(page)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("color-contrast")
			.hasMessageContaining("at button");
	}

	@Test
	void screenshotsGoToTheBuildDirectory(Page page) throws Exception {
		page.navigate("/login");
		Path file = Browsers.screenshot(page, "infrastructure-login");
		assertThat(file).exists().hasFileName("infrastructure-login.png");
		assertThat(Files.size(file)).isGreaterThan(1000);
		assertThat(file.getParent().getFileName().toString()).isEqualTo("screenshots");
	}
}
