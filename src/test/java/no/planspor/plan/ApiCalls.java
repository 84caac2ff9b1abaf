package no.planspor.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Item API calls as another system makes them: HTTP Basic, JSON, answers in English. */
final class ApiCalls {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	private final String authorization;

	ApiCalls(int port, String username, String password) {
		this.port = port;
		this.authorization = username == null ? null
				: "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String itemPath(String plan, String item) {
		return "/api/plans/" + EditPaths.segment(plan) + "/items/" + EditPaths.segment(item);
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	ObjectNode item(String plan, String item) {
		HttpResponse<String> answer = get(itemPath(plan, item));
		if (answer.statusCode() != 200) {
			throw new AssertionError("GET " + item + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return (ObjectNode) json(answer);
	}

	HttpResponse<String> putItem(String plan, String item, JsonNode document) {
		return put(itemPath(plan, item), EditingPlans.JSON.writeValueAsString(document));
	}

	static JsonNode json(HttpResponse<String> answer) {
		return EditingPlans.JSON.readTree(answer.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
