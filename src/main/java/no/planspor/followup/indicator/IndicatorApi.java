package no.planspor.followup.indicator;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import no.planspor.plan.Limits;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys.Fault;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.NotFound;

import static no.planspor.shared.JsonChecks.Need.VALUE;

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

	private static final Set<String> PARSE_MEMBERS = Set.of("text");

	/** A text left out, blank or too long is told in the parser's own words; the rest generically. */
	private static final JsonKeys PARSE_KEYS = JsonKeys.GENERIC.with(Fault.MISSING, "target.parse.text.required")
		.with(Fault.REQUIRED, "target.parse.text.required")
		.with(Fault.TOO_LONG, "target.parse.text.too-long");

	private final Measurements measurements;

	private final TargetParser parser = new TargetParser();

	IndicatorApi(Measurements measurements) {
		this.measurements = measurements;
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
			InputStream body) {
		MeasurementInput input = MeasurementInput
			.fromJson(JsonBody.object(body, JsonBody.MAX_BYTES, MeasurementInput.API_KEYS));
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
	Proposal parse(InputStream body) {
		String text = indicatorText(body);
		return new Proposal(TargetJson.of(parser.propose(text).orElse(null)));
	}

	private static String indicatorText(InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, PARSE_KEYS);
		JsonChecks checks = new JsonChecks(PARSE_KEYS);
		checks.object(json, "$", PARSE_MEMBERS);
		String text = checks.text(json, "text", "$", VALUE, Limits.INDICATOR_TEXT);
		checks.refuseIfAny();
		return text;
	}
}
