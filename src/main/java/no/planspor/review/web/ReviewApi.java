package no.planspor.review.web;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.review.Review;
import no.planspor.review.ReviewReader;
import no.planspor.review.internal.DecisionInput;
import no.planspor.review.internal.ReviewApplying;
import no.planspor.review.internal.Reviews;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.VALUE;

/**
 * Reviews over HTTP: open one, decide on measures and propose new ones, define the next shortlist,
 * submit, send back, apply (adopt), read it and its summary. Problems are 400 naming the member by JSON
 * path; a stale version and applying twice are 409; nothing is written on any error. docs/api.md,
 * "Reviews".
 */
@RestController
class ReviewApi {

	static final Set<String> DECISION = Set.of("decision", "reason", "version", "text", "deadline", "responsible",
			"indicators");

	static final Set<String> NEW_MEASURE = Set.of("reason", "version", "parent", "code", "text", "deadline",
			"responsible", "indicators");

	private final Reviews reviews;

	private final ReviewApplying applying;

	private final ReviewReader reader;

	private final PlanReader plans;

	ReviewApi(Reviews reviews, ReviewApplying applying, ReviewReader reader, PlanReader plans) {
		this.reviews = reviews;
		this.applying = applying;
		this.reader = reader;
		this.plans = plans;
	}

	@GetMapping(path = "/api/plans/{plan}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ReviewDocument> list(@PathVariable String plan) {
		return reviews.ofPlan(plan).stream().map(r -> ReviewDocument.of(r, plans.tree(plan), List.of())).toList();
	}

	@PostMapping(path = "/api/plans/{plan}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReviewDocument> open(@PathVariable String plan) {
		Review opened = reviews.open(plan);
		URI location = UriComponentsBuilder.fromPath("/api/plans/{plan}/reviews/{id}").buildAndExpand(plan, opened.id()).toUri();
		return ResponseEntity.created(location).body(document(plan, opened.id()));
	}

	@GetMapping(path = "/api/plans/{plan}/reviews/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument get(@PathVariable String plan, @PathVariable long id) {
		return document(plan, id);
	}

	@GetMapping(path = "/api/plans/{plan}/reviews/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewReader.ReviewSummary summary(@PathVariable String plan, @PathVariable long id) {
		return reader.summary(plan, id);
	}

	/**
	 * Decides on a measure: {@code {"decision": "CONTINUE"|"ADJUST"|"STOP", "reason", "version"}} and for
	 * ADJUST the new wording; {@code text}, {@code deadline}, {@code responsible} and {@code indicators} left
	 * out stay as the measure has them.
	 */
	@PutMapping(path = "/api/plans/{plan}/reviews/{id}/decisions/{item}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument.DecisionDocument decide(@PathVariable String plan, @PathVariable long id, @PathVariable String item,
			InputStream body) {
		reviews.require(plan, id);
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", DECISION);
		DecisionKind kind = checks.choice(json, "decision", "$", DecisionKind.class, VALUE);
		if (kind == DecisionKind.NEW) {
			checks.problem("$.decision", "review.api.new-by-post");
		}
		String reason = checks.text(json, "reason", "$", OPTIONAL);
		Integer version = checks.integer(json, "version", "$", OPTIONAL);
		PlanItem measure = plans.tree(plan).item(item).orElse(null);
		Decision.Proposal proposal = proposal(json, checks, measure, null, null);
		checks.refuseIfAny();
		return ReviewDocument.DecisionDocument
			.of(api(() -> reviews.decide(plan, id, null, new DecisionInput(item, kind, reason, proposal), version)));
	}

	/** Proposes a new measure: {@code {"parent", "code", "text", "reason", "deadline", "responsible", "indicators"}}. */
	@PostMapping(path = "/api/plans/{plan}/reviews/{id}/new-measures", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReviewDocument.DecisionDocument> propose(@PathVariable String plan, @PathVariable long id,
			InputStream body) {
		reviews.require(plan, id);
		Decision saved = newMeasure(plan, id, null, body);
		return ResponseEntity.status(201).body(ReviewDocument.DecisionDocument.of(saved));
	}

	/** Changes a proposed new measure (with its {@code version}). */
	@PutMapping(path = "/api/plans/{plan}/reviews/{id}/new-measures/{decision}",
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument.DecisionDocument change(@PathVariable String plan, @PathVariable long id, @PathVariable long decision,
			InputStream body) {
		reviews.require(plan, id);
		return ReviewDocument.DecisionDocument.of(newMeasure(plan, id, decision, body));
	}

	/** Withdraws a decision (the measure is undecided again, or the new measure is not proposed). */
	@DeleteMapping(path = "/api/plans/{plan}/reviews/{id}/decisions/{decision}")
	ResponseEntity<Void> withdraw(@PathVariable String plan, @PathVariable long id, @PathVariable long decision,
			@RequestParam int version) {
		reviews.withdraw(plan, id, decision, version);
		return ResponseEntity.noContent().build();
	}

	/** {@code {"code", "title", "items": [codes], "version"}}; code and title null: no next shortlist. */
	@PutMapping(path = "/api/plans/{plan}/reviews/{id}/shortlist", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument shortlist(@PathVariable String plan, @PathVariable long id, InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", Set.of("code", "title", "items", "version"));
		String code = checks.text(json, "code", "$", OPTIONAL);
		String title = checks.text(json, "title", "$", OPTIONAL);
		List<String> items = checks.texts(json, "items", "$", OPTIONAL);
		Integer version = checks.integer(json, "version", "$", VALUE);
		checks.refuseIfAny();
		api(() -> reviews.shortlist(plan, id, code, title, items, version));
		return document(plan, id);
	}

	/** {@code {"body": "FU KRN"}}. */
	@PostMapping(path = "/api/plans/{plan}/reviews/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument submit(@PathVariable String plan, @PathVariable long id, InputStream body) {
		String named = oneText(body, "body");
		api(() -> reviews.submit(plan, id, named));
		return document(plan, id);
	}

	/** {@code {"comment": "…"}}: sent back to the group. */
	@PostMapping(path = "/api/plans/{plan}/reviews/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument sendBack(@PathVariable String plan, @PathVariable long id, InputStream body) {
		String comment = oneText(body, "comment");
		api(() -> reviews.sendBack(plan, id, comment));
		return document(plan, id);
	}

	/** Adopts and applies: every decision carried out, or nothing (400 naming the decision); twice is a 409. */
	@PostMapping(path = "/api/plans/{plan}/reviews/{id}/apply", produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewDocument apply(@PathVariable String plan, @PathVariable long id) {
		api(() -> applying.apply(plan, id));
		return document(plan, id);
	}

	private Decision newMeasure(String plan, long id, Long decision, InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", NEW_MEASURE);
		String reason = checks.text(json, "reason", "$", OPTIONAL);
		Integer version = checks.integer(json, "version", "$", OPTIONAL);
		String parent = checks.text(json, "parent", "$", OPTIONAL);
		String code = checks.text(json, "code", "$", OPTIONAL);
		Decision.Proposal proposal = proposal(json, checks, null, parent, code);
		checks.refuseIfAny();
		return api(() -> reviews.decide(plan, id, decision, new DecisionInput(null, DecisionKind.NEW, reason, proposal),
				version));
	}

	/** The wording sent; for a measure, what is left out is as the measure has it now. */
	private static Decision.Proposal proposal(JsonNode json, JsonChecks checks, PlanItem measure, String parent,
			String code) {
		String text = json.has("text") ? checks.text(json, "text", "$", OPTIONAL) : measure == null ? null : measure.text();
		var deadline = json.has("deadline") ? checks.date(json, "deadline", "$", OPTIONAL)
				: measure == null ? null : measure.deadline();
		List<String> responsible = json.has("responsible") ? checks.texts(json, "responsible", "$", OPTIONAL)
				: measure == null ? List.of() : measure.responsible().stream().map(Party::code).toList();
		List<String> indicators = json.has("indicators") ? checks.texts(json, "indicators", "$", OPTIONAL)
				: measure == null ? List.of() : measure.indicators().stream().map(i -> i.text()).toList();
		return new Decision.Proposal(parent, code, text, deadline, responsible, indicators);
	}

	private static String oneText(InputStream body, String name) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", Set.of(name));
		String value = checks.text(json, name, "$", OPTIONAL);
		checks.refuseIfAny();
		return value;
	}

	/** The service names problems by field ({@code reason}); the API by JSON path ({@code $.reason}). */
	private static <T> T api(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (InvalidInput refused) {
			throw new InvalidInput(refused.problems()
				.stream()
				.map(p -> p.path().startsWith("$") ? p : new Problem("$." + p.path(), p.code(), p.args()))
				.toList());
		}
	}

	private ReviewDocument document(String plan, long id) {
		Review review = reviews.require(plan, id);
		return ReviewDocument.of(review, plans.tree(plan), reviews.decisions(id));
	}
}
