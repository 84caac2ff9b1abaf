package no.planspor.version.api;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.Problem;
import no.planspor.version.ItemChange;
import no.planspor.version.PlanVersion;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionReason;

/** A plan's versions over HTTP: list, make, read one as planspor-plan/1, compare two (docs/api.md). */
@RestController
@RequestMapping("/api/plans/{plan}")
class VersionApi {

	private final PlanVersions versions;

	VersionApi(PlanVersions versions) {
		this.versions = versions;
	}

	/** One version, without its content. */
	record VersionListing(int number, String label, String reason, Instant time, By by) {

		record By(String username, String name) {
		}

		static VersionListing of(PlanVersion version) {
			return new VersionListing(version.number(), version.label(), version.reason().name(), version.madeAt(),
					new By(version.madeBy(), version.madeByName()));
		}
	}

	/** One difference, with exactly the members of the contract. */
	record Difference(String item, String change, String field, JsonNode before, JsonNode after) {

		static Difference of(ItemChange change) {
			return new Difference(change.item(), change.change(), change.field(), change.before(), change.after());
		}
	}

	record Differences(List<Difference> changes) {
	}

	@GetMapping("/versions")
	List<VersionListing> list(@PathVariable String plan) {
		return versions.list(plan).stream().map(VersionListing::of).toList();
	}

	@PostMapping(value = "/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VersionListing> make(@PathVariable String plan, InputStream request) {
		ObjectNode body = JsonBody.object(request, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(body, "$", Set.of("label"));
		String label = checks.text(body, "label", "$", JsonChecks.Need.VALUE, PlanVersions.LABEL_MAX);
		checks.refuseIfAny();
		PlanVersion made;
		try {
			made = versions.make(plan, label, VersionReason.MANUAL);
		}
		catch (InvalidInput refused) {
			throw new InvalidInput(refused.problems().stream().map(p -> Problem.of("$." + p.path(), p.code(),
					p.args().toArray())).toList());
		}
		return ResponseEntity.created(URI.create("/api/plans/" + plan + "/versions/" + made.number()))
			.body(VersionListing.of(made));
	}

	@GetMapping(value = "/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> version(@PathVariable String plan, @PathVariable int number) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(versions.document(plan, number));
	}

	/** {@code to} is a version's number or {@code current} (the plan as it is now, also when left out). */
	@GetMapping("/diff")
	Differences diff(@PathVariable String plan, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Integer older = number(from, "from");
		if (older == null) {
			throw InvalidInput.of("from", "version.diff.from-required");
		}
		Integer newer = to == null || to.isBlank() || to.strip().equals("current") ? null : number(to, "to");
		return new Differences(versions.diff(plan, older, newer).stream().map(Difference::of).toList());
	}

	private static Integer number(String raw, String name) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException notANumber) {
			throw InvalidInput.of(name, "version.diff.not-a-number", raw);
		}
	}
}
