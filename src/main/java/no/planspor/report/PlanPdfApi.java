package no.planspor.report;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The plan document as a PDF over the API: {@code GET /api/plans/{code}/pdf}. docs/api.md, "The plan as a PDF". */
@RestController
class PlanPdfApi {

	private final PlanPdf pdf;

	PlanPdfApi(PlanPdf pdf) {
		this.pdf = pdf;
	}

	@GetMapping(path = "/api/plans/{code}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
		return PlanPdf.file(code, pdf.write(code, locale));
	}
}
