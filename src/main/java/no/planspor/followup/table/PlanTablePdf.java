package no.planspor.followup.table;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.followup.FollowUpReader;
import no.planspor.followup.PlanFollowUp;
import no.planspor.plan.PlanTree;
import no.planspor.plan.PlanReader;
import no.planspor.web.PdfRenderer;

/**
 * The plan table as a landscape A4 PDF ({@code /plans/{code}/table.pdf}): the rows the same address
 * without ".pdf" shows, filtered and sorted alike, laid out for paper by {@code followup/table-pdf}.
 * Anyone signed in reads it, as they read the table.
 */
@Controller
class PlanTablePdf {

	private final PlanReader plans;

	private final FollowUpReader followUps;

	private final PdfRenderer renderer;

	PlanTablePdf(PlanReader plans, FollowUpReader followUps, PdfRenderer renderer) {
		this.plans = plans;
		this.followUps = followUps;
		this.renderer = renderer;
	}

	@GetMapping("/plans/{code}/table.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) String goal,
			@RequestParam(required = false) String party, @RequestParam(required = false) String state,
			@RequestParam(required = false) String shortlist, @RequestParam(required = false) String flag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Locale locale) {
		PlanTree tree = plans.tree(code);
		PlanFollowUp follow = followUps.forPlan(tree);
		// On paper nobody records a status: no row has the form.
		PlanTable table = PlanTable.of(tree, follow, new TableFilter(goal, party, state, shortlist, flag, q, sort, dir),
				item -> false);
		byte[] pdf = renderer.render("followup/table-pdf", Map.of("table", table), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(code + "-tiltakstabell.pdf").build().toString())
			.body(pdf);
	}
}
