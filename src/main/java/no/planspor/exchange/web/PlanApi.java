package no.planspor.exchange.web;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.exchange.PlanExchange;
import no.planspor.exchange.document.PlanFormat;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanSummary;
import no.planspor.shared.JsonBody;

/** Plans as planspor-plan/1 over HTTP: list, read whole, import. */
@RestController
@RequestMapping("/api/plans")
class PlanApi {

	private final PlanReader plans;

	private final PlanExchange exchange;

	PlanApi(PlanReader plans, PlanExchange exchange) {
		this.plans = plans;
		this.exchange = exchange;
	}

	/** One line per plan. */
	record PlanListing(String code, String title, String kind, Named unit, Period period, String status, String parent) {

		record Named(String code, String name) {
		}

		record Period(int from, int to) {
		}

		static PlanListing of(PlanSummary plan) {
			return new PlanListing(plan.code(), plan.title(), plan.kind().name(),
					new Named(plan.unit().code(), plan.unit().name()), new Period(plan.periodFrom(), plan.periodTo()),
					plan.status().name(), plan.parentCode());
		}
	}

	@GetMapping
	List<PlanListing> list() {
		return plans.catalogue().stream().map(PlanListing::of).toList();
	}

	@GetMapping(value = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> plan(@PathVariable String code) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(exchange.export(code));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PlanListing> importPlan(InputStream body) {
		PlanSummary created = exchange.importPlan(JsonBody.bytes(body, PlanExchange.MAX_BYTES, PlanFormat.KEYS));
		return ResponseEntity.created(URI.create("/api/plans/" + created.code())).body(PlanListing.of(created));
	}
}
