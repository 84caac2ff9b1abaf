package no.planspor.plan;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.exchange.ApiClient;
import no.planspor.plan.web.EditPaths;

/** Item API calls as another system makes them: HTTP Basic, JSON, answers in English. */
final class ApiCalls {

	private final ApiClient client;

	ApiCalls(int port, String username, String password) {
		this.client = username == null ? ApiClient.anonymous(port) : ApiClient.as(port, username, password);
	}

	static String itemPath(String plan, String item) {
		return "/api/plans/" + EditPaths.segment(plan) + "/items/" + EditPaths.segment(item);
	}

	HttpResponse<String> get(String path) {
		return client.get(path);
	}

	HttpResponse<String> put(String path, String json) {
		return client.send("PUT", path, json);
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
}
