package no.planspor.exchange.web;

import java.io.InputStream;
import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.exchange.PlanArchives;
import no.planspor.exchange.document.PlanFormat;
import no.planspor.plan.PlanSummary;
import no.planspor.shared.JsonBody;

/**
 * Full archives (planspor-archive/1) over HTTP: read by those who may edit the plan
 * ({@code GET /api/plans/{code}/archive}), imported by administrators ({@code POST /api/plans/archive}: 201
 * with the plan's listing, 400 with every problem and nothing written, 409 when a plan has the code).
 * docs/api.md, "Full archives".
 */
@RestController
class PlanArchiveApi {

	private final PlanArchives archives;

	PlanArchiveApi(PlanArchives archives) {
		this.archives = archives;
	}

	@GetMapping(path = "/api/plans/{code}/archive", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> archive(@PathVariable String code) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(archives.export(code));
	}

	@PostMapping(path = "/api/plans/archive", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PlanApi.PlanListing> importArchive(InputStream body) {
		PlanSummary created = archives.importArchive(JsonBody.bytes(body, PlanArchives.MAX_BYTES, PlanFormat.KEYS));
		return ResponseEntity.created(URI.create("/api/plans/" + created.code())).body(PlanApi.PlanListing.of(created));
	}
}
