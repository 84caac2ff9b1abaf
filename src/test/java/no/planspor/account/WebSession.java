package no.planspor.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import no.planspor.Html;

/**
 * A person's browser without the browser: cookies are kept, redirects are not followed (tests look
 * at them), and forms are posted with the CSRF token the page gave.
 */
public final class WebSession {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private final Map<String, String> headers = new LinkedHashMap<>();

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		// What a browser asks for when it follows a link.
		headers.put("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	/** Signs in through the form and checks that it worked. */
	public static WebSession signedIn(int port, String username, String password) {
		WebSession session = new WebSession(port);
		HttpResponse<String> answer = session.signIn(username, password);
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("Sign-in as " + username + " failed: " + answer.statusCode() + " "
					+ answer.headers().firstValue("Location").orElse(""));
		}
		return session;
	}

	/** Posts the sign-in form (with the token from the sign-in page) and returns the answer to the post. */
	public HttpResponse<String> signIn(String username, String password) {
		String token = csrfToken(get("/login").body());
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
	}

	public WebSession header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> form) {
		return postForm(path, List.copyOf(form.entrySet()));
	}

	/** Posts form fields in this order, a name given as often as a browser sends it (checkboxes, lists). */
	public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> form) {
		String body = form.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a file as a browser's file field does (multipart/form-data), with these plain fields beside it. */
	public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
			byte[] content) {
		String boundary = "planspor-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The CSRF token of the first form on a page that has one. */
	public static String csrfToken(String html) {
		Element field = Html.page(html).selectFirst("input[name=_csrf]");
		if (field == null) {
			throw new AssertionError("No _csrf field in the page");
		}
		return field.val();
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public String base() {
		return base;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		return request;
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
}
