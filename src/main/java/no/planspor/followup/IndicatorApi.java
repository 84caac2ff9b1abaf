package no.planspor.followup;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.planspor.plan.Limits;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Indicators over HTTP: an indicator's measured values ({@code n} counts from 1 in plan order within
 * the item; {@code {item}} is the item's code, URL-encoded), and the target parser. See docs/api.md,
 * "Indicators and measurements" and "Targets".
 */
@RestController
class IndicatorApi {

	private static final String VALUES = "/api/plans/{plan}/items/{item}/indicators/{n}/values";

	/** One measured value as the API shows it. */
	record ValueEntry(long id, BigDecimal value, LocalDate asOf, String note, String source, String evidence,
			String author, Instant recordedAt) {

		static ValueEntry of(Measurement m) {
			return new ValueEntry(m.id(), m.value(), m.asOf(), m.note(), m.source().name(), m.evidence(),
					m.authorName(), m.recordedAt());
		}
	}

	/** The parser's answer: the proposal, or null where the text does not say. */
	record Proposal(TargetJson target) {
	}

	private final Measurements measurements;

	private final TargetParser parser = new TargetParser();

	private final JsonMapper json;

	IndicatorApi(Measurements measurements, JsonMapper json) {
		this.measurements = measurements;
		this.json = json;
	}

	/** The values, newest first: by as-of date, then by when they were recorded. */
	@GetMapping(value = VALUES, produces = MediaType.APPLICATION_JSON_VALUE)
	List<ValueEntry> values(@PathVariable String plan, @PathVariable String item, @PathVariable int n) {
		return measurements.history(plan, item, n).stream().map(ValueEntry::of).toList();
	}

	@GetMapping(value = VALUES + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ValueEntry value(@PathVariable String plan, @PathVariable String item, @PathVariable int n, @PathVariable long id) {
		return measurements.history(plan, item, n)
			.stream()
			.filter(m -> m.id() == id)
			.findFirst()
			.map(ValueEntry::of)
			.orElseThrow(() -> new NotFound("measurement.not-found", id));
	}

	@PostMapping(value = VALUES, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ValueEntry> record(@PathVariable String plan, @PathVariable String item, @PathVariable int n,
			@RequestBody(required = false) byte[] body) {
		MeasurementInput input = MeasurementInput.fromJson(body, json);
		Measurement created = measurements.record(plan, item, n, input.measurement(), input.problems());
		URI location = UriComponentsBuilder.fromPath(VALUES + "/{id}")
			.buildAndExpand(plan, item, n, created.id())
			.encode()
			.toUri();
		return ResponseEntity.created(location).body(ValueEntry.of(created));
	}

	/** {@code {"text": "…"}} → {@code {"target": …}}: what {@link TargetParser} proposes, or null. */
	@PostMapping(value = "/api/targets/parse", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Proposal parse(@RequestBody(required = false) byte[] body) {
		String text = indicatorText(body);
		return new Proposal(TargetJson.of(parser.propose(text).orElse(null)));
	}

	private String indicatorText(byte[] body) {
		JsonNode root;
		try {
			root = body == null || body.length == 0 ? null : json.readTree(body);
		}
		catch (JacksonException malformed) {
			throw InvalidInput.of("$", "error.json.malformed");
		}
		if (root == null || !root.isObject()) {
			throw InvalidInput.of("$", "error.body.invalid");
		}
		List<Problem> problems = new java.util.ArrayList<>();
		for (String name : root.propertyNames()) {
			if (!name.equals("text")) {
				problems.add(Problem.of("$." + name, "error.json.unknown-field", name));
			}
		}
		JsonNode text = root.get("text");
		if (text == null || text.isNull()) {
			problems.add(Problem.of("$.text", "target.parse.text.required"));
		}
		else if (!text.isString()) {
			problems.add(Problem.of("$.text", "error.json.wrong-type"));
		}
		else if (text.asString().isBlank()) {
			problems.add(Problem.of("$.text", "target.parse.text.required"));
		}
		else if (text.asString().length() > Limits.INDICATOR_TEXT) {
			problems.add(Problem.of("$.text", "target.parse.text.too-long", text.asString().length(),
					Limits.INDICATOR_TEXT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return text.asString();
	}
}
