package no.planspor.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Controller;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is readable without signing in, but for the sign-in page, the health check and the static
 * files the sign-in page needs. Pages send people to the sign-in page; the API answers 401 with a
 * problem detail and asks for HTTP Basic.
 */
@PlansporTest
class AnonymousAccessSecurityTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every GET address of a page controller, with each path variable filled in. */
	List<String> pages() {
		return addresses(false);
	}

	/** Every GET address of the API, with each path variable filled in. */
	List<String> apiCalls() {
		return addresses(true);
	}

	private List<String> addresses(boolean api) {
		TreeSet<String> pages = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			var methods = info.getMethodsCondition().getMethods();
			boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
			boolean page = AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)
					&& method.getBeanType().getPackageName().startsWith("no.planspor");
			if (get && page) {
				info.getPatternValues().stream()
					.filter(p -> !p.equals("/login") && !p.startsWith("/error"))
					.filter(p -> p.startsWith("/api/") == api)
					.map(p -> p.replaceAll("\\{[^}]+}", "x"))
					.forEach(pages::add);
			}
		});
		return new ArrayList<>(pages);
	}

	@Test
	void everyPageSendsAnonymousReadersToTheSignInPage() {
		List<String> pages = pages();
		pages.addAll(List.of("/", "/plans/krn-forskning-2025-2029", "/admin/plans", "/no-such-page", "/api/docs"));
		assertThat(pages).contains("/");
		for (String page : pages) {
			HttpResponse<String> response = new WebSession(port).get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void theSignInPageAndItsFilesAreOpen() {
		WebSession anonymous = new WebSession(port);
		assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/css/planspor.css").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/js/planspor.js").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/favicon.svg").statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAnswersAnonymousCallersWithAProblemDetailAndAsksForBasic() {
		List<String> calls = apiCalls();
		calls.addAll(List.of("/api/plans", "/api/plans/krn-forskning-2025-2029", "/api/no-such-thing"));
		for (String call : calls) {
			HttpResponse<String> response = new WebSession(port).header("Accept", "application/json").get(call);
			assertThat(response.statusCode()).as(call).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(call)
				.hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm="));
			assertThat(response.headers().firstValue("Content-Type")).as(call)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.get("status").intValue()).isEqualTo(401);
			assertThat(problem.get("detail").stringValue()).isNotBlank();
			assertThat(response.body()).doesNotContain("trace", "exception");
		}
	}

	@Test
	void anAnonymousPostToTheApiIsUnauthorizedRatherThanRefusedForCsrf() {
		HttpResponse<String> response = new WebSession(port).postForm("/api/plans", java.util.Map.of("a", "b"));
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void browsersAskingTheApiForHtmlStillGetAProblemDetail() {
		HttpResponse<String> response = new WebSession(port).header("Accept", "text/html").get("/api/plans");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void theHealthCheckIsOpenAndTellsNothingButUp() {
		HttpResponse<String> response = new WebSession(port).get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops")) {
			assertThat(admin.get(endpoint).statusCode()).as(endpoint).isEqualTo(404);
		}
	}
}
