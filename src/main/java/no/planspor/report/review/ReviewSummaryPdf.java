package no.planspor.report.review;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.planspor.plan.PlanReader;
import no.planspor.review.ReviewReader;
import no.planspor.web.PdfRenderer;

/**
 * The review summary as a PDF for the committee (FU): the decisions grouped by kind with their reasons,
 * and what applying the review changed, read through {@link ReviewReader} and laid out by the committee
 * {@link PdfRenderer} (A4, fonts embedded, tagged), in the reader's language.
 */
@Controller
class ReviewSummaryPdf {

	/** The same PDF over the API (HTTP Basic), with the API's problem details on errors. */
	@org.springframework.web.bind.annotation.RestController
	static class Api {

		private final ReviewSummaryPdf pdf;

		Api(ReviewSummaryPdf pdf) {
			this.pdf = pdf;
		}

		@GetMapping("/api/plans/{plan}/reviews/{id}/summary.pdf")
		ResponseEntity<byte[]> summary(@PathVariable String plan, @PathVariable long id, Locale locale) {
			return pdf.summary(plan, id, locale);
		}
	}

	private final ReviewReader reviews;

	private final PlanReader plans;

	private final PdfRenderer pdf;

	ReviewSummaryPdf(ReviewReader reviews, PlanReader plans, PdfRenderer pdf) {
		this.reviews = reviews;
		this.plans = plans;
		this.pdf = pdf;
	}

	@GetMapping("/plans/{plan}/reviews/{id}/summary.pdf")
	ResponseEntity<byte[]> page(@PathVariable String plan, @PathVariable long id, Locale locale) {
		return summary(plan, id, locale);
	}

	ResponseEntity<byte[]> summary(String plan, long id, Locale locale) {
		ReviewReader.ReviewSummary summary = reviews.summary(plan, id);
		byte[] content = pdf.render("report/review-pdf", Map.of("summary", summary, "plan", plans.get(plan)), locale);
		String name = plan + "-gjennomgang-" + id + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
