package no.planspor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jsoup.nodes.Element;

import no.planspor.Html;

/**
 * The audit tests' own HTTP client (the account module's test helpers would make this module's
 * tests depend on that module): a signed-in browser session, or an API call with HTTP Basic.
 */
final class AuditHttp {

	private final String base;

	private final HttpClient http;

	private final String language;

	private AuditHttp(int port, String language) {
		this.base = "http://localhost:" + port;
		this.language = language;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A browser signed in through the form, reading bokmål. */
	static AuditHttp signedIn(int port, String username, String password) {
		AuditHttp session = new AuditHttp(port, "nb");
		Element token = Html.page(session.get("/login").body()).selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new AssertionError("No _csrf field on the sign-in page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.val());
		HttpResponse<String> answer = session.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (answer.headers().firstValue("Location").orElse("error").contains("error")) {
			throw new AssertionError("Sign-in as " + username + " failed");
		}
		return session;
	}

	/** An API call as {@code username} (or nobody when null), in English like another system. */
	static HttpResponse<String> api(int port, String username, String password, String path) {
		AuditHttp client = new AuditHttp(port, "en");
		HttpRequest.Builder request = client.request(path);
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return client.send(request.GET());
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
			.header("Accept-Language", language);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
