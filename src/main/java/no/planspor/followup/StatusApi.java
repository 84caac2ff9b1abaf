package no.planspor.followup;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * An item's status history over HTTP: {@code GET} the history newest first, {@code POST} a new
 * update. {@code {item}} is the item's code, URL-encoded. See docs/api.md, "Status".
 */
@RestController
@RequestMapping("/api/plans/{plan}/items/{item}/status")
class StatusApi {

	/** What a client sends. Text fields, so that a wrong state or date is told as such, at its path. */
	record StatusRequest(String state, String asOf, Integer progress, String text, Long correctsId) {
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

	// The application's mapper ignores unknown fields; this API refuses them, so a misspelt
	// "progres" is an error rather than a silently dropped value.
	private final ObjectReader strict;

	StatusApi(StatusUpdates statuses, JsonMapper json) {
		this.statuses = statuses;
		this.strict = json.readerFor(StatusRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
	ResponseEntity<StatusEntry> record(@PathVariable String plan, @PathVariable String item, @RequestBody byte[] body) {
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

	private StatusRequest read(byte[] body) {
		if (body == null || body.length == 0) {
			throw InvalidInput.of("$", "error.body.invalid");
		}
		try {
			StatusRequest request = strict.readValue(body);
			if (request == null) {
				throw InvalidInput.of("$", "error.body.invalid");
			}
			return request;
		}
		catch (UnrecognizedPropertyException unknown) {
			throw InvalidInput.of(path(unknown), "error.json.unknown-field", unknown.getPropertyName());
		}
		catch (DatabindException wrong) {
			throw InvalidInput.of(path(wrong), "error.json.wrong-type");
		}
		catch (JacksonException malformed) {
			throw InvalidInput.of("$", "error.json.malformed");
		}
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder("$");
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append('.').append(ref.getPropertyName());
			}
		}
		return path.toString();
	}
}
