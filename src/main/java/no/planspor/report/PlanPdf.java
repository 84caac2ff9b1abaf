package no.planspor.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.planspor.followup.FollowUpReader;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.web.PdfRenderer;

/**
 * The plan document as an A4 PDF, from the same {@link PlanDocument} and follow-up the plan page shows,
 * laid out for paper by its own template ({@code report/plan-pdf}). Served to the browser
 * ({@code /plans/{code}/plan.pdf}, here) and the API ({@link PlanPdfApi}); anyone signed in reads it, as
 * they read the plan.
 */
@Controller
class PlanPdf {

	private final PlanReader plans;

	private final Markdown markdown;

	private final FollowUpReader followUps;

	private final PdfRenderer renderer;

	PlanPdf(PlanReader plans, Markdown markdown, FollowUpReader followUps, PdfRenderer renderer) {
		this.plans = plans;
		this.markdown = markdown;
		this.followUps = followUps;
		this.renderer = renderer;
	}

	@GetMapping("/plans/{code}/plan.pdf")
	ResponseEntity<byte[]> page(@PathVariable String code, Locale locale) {
		return file(code, write(code, locale));
	}

	byte[] write(String code, Locale locale) {
		PlanTree tree = plans.tree(code);
		var linkCounts = tree.plan().kind() == PlanKind.STRATEGY ? plans.linkCounts(tree.plan().id())
				: Map.<Long, List<PlanReader.LinkCount>>of();
		return renderer.render("report/plan-pdf",
				Map.of("doc", PlanDocument.of(tree, linkCounts, markdown), "follow", followUps.forPlan(tree)), locale);
	}

	static ResponseEntity<byte[]> file(String code, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(code + ".pdf").build().toString())
			.body(pdf);
	}
}
