package no.planspor.adoption.api;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.adoption.AdoptionStep;
import no.planspor.adoption.PlanAdoption;
import no.planspor.adoption.Standing;
import no.planspor.exchange.PlanCopies;
import no.planspor.plan.Plan;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.Problem;

/**
 * A plan's consideration and its next period over HTTP (docs/api.md, "Adoption and the next plan
 * period"): where it stands, submit, adopt, send back, and copy into a new period.
 */
@RestController
@RequestMapping("/api/plans/{plan}")
class AdoptionApi {

	private final PlanAdoption adoption;

	AdoptionApi(PlanAdoption adoption) {
		this.adoption = adoption;
	}

	/** Where a plan stands, its steps newest first, and the steps the caller may take now. */
	record StandingDocument(String plan, String status, Adopted adopted, List<StepDocument> steps, List<String> next) {

		record Adopted(LocalDate on, String by, String note) {
		}

		static StandingDocument of(Standing standing) {
			Plan plan = standing.plan();
			List<String> next = new ArrayList<>();
			if (standing.maySubmit()) {
				next.add("SUBMIT");
			}
			if (standing.mayDecide()) {
				next.add("ADOPT");
				next.add("SEND_BACK");
			}
			return new StandingDocument(plan.code(), plan.status().name(),
					plan.adoption() == null ? null
							: new Adopted(plan.adoption().on(), plan.adoption().by(), plan.adoption().note()),
					standing.steps().stream().map(StepDocument::of).toList(), next);
		}
	}

	record StepDocument(String step, String body, LocalDate on, String note, Instant at, By by) {

		record By(String username, String name) {
		}

		static StepDocument of(AdoptionStep step) {
			return new StepDocument(step.kind().name(), step.body(), step.decidedOn(), step.note(), step.takenAt(),
					new By(step.takenBy(), step.takenByName()));
		}
	}

	/** The new plan: its code, and what the copy left behind. */
	record CopyDocument(String code, int items, int measuresLeftOut, int strategyLinksDropped) {
	}

	@GetMapping("/adoption")
	StandingDocument standing(@PathVariable String plan) {
		return StandingDocument.of(adoption.standing(plan));
	}

	@PostMapping(value = "/adoption/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
	StandingDocument submit(@PathVariable String plan, InputStream request) {
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		JsonNode body = read(request, checks, Set.of("body", "note"));
		String to = checks.text(body, "body", "$", JsonChecks.Need.VALUE, PlanAdoption.BODY_MAX);
		String note = checks.text(body, "note", "$", JsonChecks.Need.OPTIONAL, PlanAdoption.NOTE_MAX);
		checks.refuseIfAny();
		return StandingDocument.of(named(Map.of(), () -> adoption.submit(plan, to, note)));
	}

	@PostMapping(value = "/adoption/adopt", consumes = MediaType.APPLICATION_JSON_VALUE)
	StandingDocument adopt(@PathVariable String plan, InputStream request) {
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		JsonNode body = read(request, checks, Set.of("on", "by", "note"));
		LocalDate on = checks.date(body, "on", "$", JsonChecks.Need.VALUE);
		String by = checks.text(body, "by", "$", JsonChecks.Need.OPTIONAL, PlanAdoption.BODY_MAX);
		String note = checks.text(body, "note", "$", JsonChecks.Need.OPTIONAL, PlanAdoption.NOTE_MAX);
		checks.refuseIfAny();
		return StandingDocument.of(named(Map.of("adoptedOn", "on", "adoptedBy", "by", "adoptionNote", "note"),
				() -> adoption.adopt(plan, on, by, note)));
	}

	@PostMapping(value = "/adoption/send-back", consumes = MediaType.APPLICATION_JSON_VALUE)
	StandingDocument sendBack(@PathVariable String plan, InputStream request) {
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		JsonNode body = read(request, checks, Set.of("comment"));
		String comment = checks.text(body, "comment", "$", JsonChecks.Need.VALUE, PlanAdoption.NOTE_MAX);
		checks.refuseIfAny();
		return StandingDocument.of(named(Map.of(), () -> adoption.sendBack(plan, comment)));
	}

	/** {@code {"code", "title", "period": {"from", "to"}, "onlyOpen": bool, "parent": code | null}} → 201. */
	@PostMapping(value = "/copy", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CopyDocument> copy(@PathVariable String plan, InputStream request) {
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		JsonNode body = read(request, checks, Set.of("code", "title", "period", "onlyOpen", "parent"));
		String code = checks.text(body, "code", "$", JsonChecks.Need.VALUE, 200);
		String title = checks.text(body, "title", "$", JsonChecks.Need.VALUE, 2000);
		JsonNode period = checks.object(body, "period", "$", JsonChecks.Need.VALUE, Set.of("from", "to"));
		Integer from = period == null ? null : checks.integer(period, "from", "$.period", JsonChecks.Need.VALUE);
		Integer to = period == null ? null : checks.integer(period, "to", "$.period", JsonChecks.Need.VALUE);
		JsonNode onlyOpen = body.get("onlyOpen");
		if (onlyOpen != null && !onlyOpen.isNull() && !onlyOpen.isBoolean()) {
			checks.problem("$.onlyOpen", "adoption.api.boolean");
		}
		String parent = checks.text(body, "parent", "$", JsonChecks.Need.OPTIONAL, 200);
		checks.refuseIfAny();
		PlanCopies.Copied copied = named(Map.of(), () -> adoption.copy(plan, new PlanCopies.CopyRequest(code, title,
				from, to, onlyOpen != null && onlyOpen.asBoolean(), parent)));
		return ResponseEntity.created(URI.create("/api/plans/" + copied.code()))
			.body(new CopyDocument(copied.code(), copied.items(), copied.measuresLeftOut(),
					copied.strategyLinksDropped()));
	}

	private static JsonNode read(InputStream request, JsonChecks checks, Set<String> members) {
		ObjectNode body = JsonBody.object(request, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		checks.object(body, "$", members);
		return body;
	}

	/** The service names fields as its forms do; the API names them by their JSON path. */
	private static <T> T named(Map<String, String> renamed, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (InvalidInput refused) {
			throw new InvalidInput(refused.problems()
				.stream()
				.map(p -> Problem.of("$." + renamed.getOrDefault(p.path(), p.path()), p.code(), p.args().toArray()))
				.toList());
		}
	}
}
