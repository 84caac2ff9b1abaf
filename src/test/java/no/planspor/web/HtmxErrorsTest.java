package no.planspor.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.account.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error answers a page to a person and, to htmx, only the message, which the page shows in place
 * of what it asked for: for failures in our controllers (PageErrors) and outside them (ErrorPages).
 */
@PlansporTest
class HtmxErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void aFailureInAControllerIsAPageOrJustTheMessage() {
		HttpResponse<String> page = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD).get("/plans/finnes-ikke");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html", "Fant ikke siden", "role=\"alert\"");

		HttpResponse<String> fragment = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.header("HX-Request", "true")
			.get("/plans/finnes-ikke");
		assertThat(fragment.statusCode()).isEqualTo(404);
		assertThat(fragment.body()).doesNotContain("<html", "<h1").contains("class=\"alert alert--error\"", "role=\"alert\"");
	}

	@Test
	void aFailureBeforeAnyControllerIsAPageOrJustTheMessage() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		// No CSRF token: Spring Security refuses before any controller, and the error page answers.
		HttpResponse<String> page = admin.postForm("/account", Map.of("displayName", "x"));
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<html", "role=\"alert\"");

		HttpResponse<String> fragment = admin.header("HX-Request", "true").postForm("/account", Map.of("displayName", "x"));
		assertThat(fragment.statusCode()).isEqualTo(403);
		assertThat(fragment.body()).doesNotContain("<html").contains("class=\"alert alert--error\"", "role=\"alert\"");
	}
}
