package no.planspor.round.web;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import no.planspor.round.Round;
import no.planspor.round.RoundReader;
import no.planspor.round.RoundScope;
import no.planspor.round.internal.NewRound;
import no.planspor.round.internal.RoundRules;
import no.planspor.round.internal.Rounds;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.NotFound;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.PRESENT;

/**
 * Reporting rounds over HTTP: create one on a plan, read it with its progress, open it, remind, change
 * its schedule, close it. Problems are 400 naming the member by JSON path (the state of the round at
 * {@code $.state}); nothing is written on any error. docs/api.md, "Reporting rounds".
 */
@RestController
class RoundApi {

	static final Set<String> MEMBERS = Set.of("title", "asOf", "due", "scope", "message");

	static final Set<String> SCOPE = Set.of("shortlist", "goals");

	/** What "remind" answers: how many letters were queued. */
	record Reminded(int letters) {
	}

	private final Rounds rounds;

	private final RoundReader reader;

	RoundApi(Rounds rounds, RoundReader reader) {
		this.rounds = rounds;
		this.reader = reader;
	}

	@PostMapping(path = "/api/plans/{plan}/rounds", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RoundDocument> create(@PathVariable String plan, InputStream body) {
		NewRound round = read(body);
		Round created = rounds.create(plan, round);
		URI location = UriComponentsBuilder.fromPath("/api/rounds/{id}").buildAndExpand(created.id()).toUri();
		return ResponseEntity.created(location).body(document(created.id()));
	}

	@GetMapping(path = "/api/rounds/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	RoundDocument get(@PathVariable long id) {
		return document(id);
	}

	@PostMapping(path = "/api/rounds/{id}/open", produces = MediaType.APPLICATION_JSON_VALUE)
	RoundDocument open(@PathVariable long id) {
		rounds.open(id);
		return document(id);
	}

	/** Everyone who still owes answers, or the one {@code {"username"}} names. */
	@PostMapping(path = "/api/rounds/{id}/remind", produces = MediaType.APPLICATION_JSON_VALUE)
	Reminded remind(@PathVariable long id, InputStream body) {
		String username = null;
		byte[] bytes = JsonBody.bytes(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		if (bytes.length > 0 && !new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
			JsonNode json = JsonBody.object(bytes, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
			JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
			checks.object(json, "$", Set.of("username"));
			username = checks.text(json, "username", "$", OPTIONAL, 100);
			checks.refuseIfAny();
		}
		return new Reminded(rounds.remind(id, username));
	}

	@PostMapping(path = "/api/rounds/{id}/close", produces = MediaType.APPLICATION_JSON_VALUE)
	RoundDocument close(@PathVariable long id) {
		rounds.close(id);
		return document(id);
	}

	/** {@code {"reminderDays": [-7, 0, 3], "closesOn": "2026-12-31" | null}}. */
	@PutMapping(path = "/api/rounds/{id}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	RoundDocument schedule(@PathVariable long id, InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", Set.of("reminderDays", "closesOn"));
		List<Integer> days = new ArrayList<>();
		List<JsonNode> elements = checks.array(json, "reminderDays", "$", PRESENT);
		for (int i = 0; i < elements.size(); i++) {
			JsonNode day = elements.get(i);
			if (day.isIntegralNumber() && day.canConvertToInt()) {
				days.add(day.intValue());
			}
			else {
				checks.problem("$.reminderDays[" + i + "]", "error.json.wrong-type", day.toString());
			}
		}
		var closesOn = checks.date(json, "closesOn", "$", OPTIONAL);
		checks.refuseIfAny();
		rounds.schedule(id, days, closesOn, List.of());
		return document(id);
	}

	private RoundDocument document(long id) {
		return reader.result(id).map(RoundDocument::of).orElseThrow(() -> new NotFound("round.not-found", id));
	}

	/** Unknown members and values of the wrong type are refused before anyone is asked who may write. */
	static NewRound read(InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", MEMBERS);
		String title = checks.text(json, "title", "$", OPTIONAL, RoundRules.TITLE_MAX);
		var asOf = checks.date(json, "asOf", "$", OPTIONAL);
		var due = checks.date(json, "due", "$", OPTIONAL);
		String message = checks.text(json, "message", "$", OPTIONAL, RoundRules.MESSAGE_MAX);
		RoundScope scope = RoundScope.ALL;
		JsonNode scopeNode = checks.object(json, "scope", "$", OPTIONAL, SCOPE);
		if (scopeNode != null) {
			boolean shortlist = scopeNode.has("shortlist") && !scopeNode.get("shortlist").isNull();
			boolean goals = scopeNode.has("goals") && !scopeNode.get("goals").isNull();
			if (shortlist && goals) {
				checks.problem("$.scope", "round.scope.both");
			}
			else if (shortlist) {
				scope = RoundScope.shortlist(checks.text(scopeNode, "shortlist", "$.scope", OPTIONAL, 40));
			}
			else if (goals) {
				scope = RoundScope.goals(checks.codes(scopeNode, "goals", "$.scope", OPTIONAL, 40));
			}
			else {
				checks.problem("$.scope", "round.scope.empty");
			}
		}
		checks.refuseIfAny();
		return new NewRound(title, asOf, due, scope, message);
	}
}
