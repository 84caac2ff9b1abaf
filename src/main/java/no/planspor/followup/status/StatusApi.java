package no.planspor.followup.status;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdate;
import no.planspor.followup.StatusUpdates;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;

/**
 * An item's status history over HTTP: {@code GET} the history newest first, {@code POST} a new
 * update. {@code {item}} is the item's code, URL-encoded. See docs/api.md, "Status".
 */
@RestController
@RequestMapping("/api/plans/{plan}/items/{item}/status")
class StatusApi {

	/** What a client sends. State and date as texts, so that a wrong one is told as such, at its path. */
	record StatusRequest(String state, String asOf, Integer progress, String text, Long correctsId) {

		static final Set<String> MEMBERS = Set.of("state", "asOf", "progress", "text", "correctsId");
	}

	/** One update as the API shows it. */
	record StatusEntry(long id, String state, LocalDate asOf, Integer progress, String text, String author,
			Instant recordedAt, Long correctsId) {

		static StatusEntry of(StatusUpdate update) {
			return new StatusEntry(update.id(), update.state().name(), update.asOf(), update.progress(), update.text(),
					update.authorName(), update.recordedAt(), update.correctsId());
		}
	}

	private final StatusUpdates statuses;

	StatusApi(StatusUpdates statuses) {
		this.statuses = statuses;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<StatusEntry> history(@PathVariable String plan, @PathVariable String item) {
		return statuses.history(plan, item).stream().map(StatusEntry::of).toList();
	}

	/** One update; where {@code POST}'s Location points. */
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	StatusEntry one(@PathVariable String plan, @PathVariable String item, @PathVariable long id) {
		return statuses.history(plan, item)
			.stream()
			.filter(update -> update.id() == id)
			.findFirst()
			.map(StatusEntry::of)
			.orElseThrow(() -> new NotFound("status.not-found", plan, item, id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StatusEntry> record(@PathVariable String plan, @PathVariable String item, InputStream body) {
		StatusRequest request = read(body);
		List<Problem> unreadable = new ArrayList<>();
		StatusReport report = new StatusReport(StatusInput.state(request.state(), unreadable),
				StatusInput.asOf(request.asOf(), unreadable), request.progress(), request.text());
		StatusUpdate created = statuses.record(plan, item, report, request.correctsId(), unreadable);
		URI location = UriComponentsBuilder.fromPath("/api/plans/{plan}/items/{item}/status/{id}")
			.buildAndExpand(plan, item, created.id())
			.encode()
			.toUri();
		return ResponseEntity.created(location).body(StatusEntry.of(created));
	}

	/**
	 * Unknown members are refused, so that a misspelt "progres" is an error rather than a silently
	 * dropped value; a member of the wrong type is refused before anyone is asked who may write.
	 */
	private static StatusRequest read(InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", StatusRequest.MEMBERS);
		StatusRequest request = new StatusRequest(checks.text(json, "state", "$", OPTIONAL),
				checks.text(json, "asOf", "$", OPTIONAL), checks.integer(json, "progress", "$", OPTIONAL),
				checks.text(json, "text", "$", OPTIONAL), checks.longInteger(json, "correctsId", "$", OPTIONAL));
		checks.refuseIfAny();
		return request;
	}
}
