package no.planspor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.account.WebSession;

/** The API's description is a page for signed-in people, like any other. */
@PlansporTest
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@Test
	void signedInPeopleReadTheApiDocumentation() {
		WebSession session = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);

		HttpResponse<String> docs = session.get("/api/docs");
		assertThat(docs.statusCode()).isEqualTo(302);
		String ui = docs.headers().firstValue("Location").orElseThrow();
		assertThat(session.get(ui.replaceFirst("^https?://[^/]+", "")).statusCode()).isEqualTo(200);

		HttpResponse<String> description = session.get("/api/openapi");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("\"title\":\"Planspor API\"", "\"/api/plans\"", "\"scheme\":\"basic\"");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		WebSession anonymous = new WebSession(port);
		for (String path : new String[] { "/api/docs", "/api/swagger-ui/index.html", "/api/openapi" }) {
			HttpResponse<String> answer = anonymous.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
		}
	}
}
