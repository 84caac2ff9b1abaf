package no.planspor.report.committee;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.planspor.web.PdfRenderer;

/**
 * The committee's report as an A4 PDF: the report's own template (which the page shares its body
 * with), made a PDF the way every Planspor PDF is ({@link PdfRenderer}: fonts embedded, tagged).
 */
@Component
public class ReportPdf {

	private final PdfRenderer renderer;

	ReportPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] write(CommitteeReport report, Locale locale) {
		return renderer.render("report/committee-pdf", Map.of("report", report), locale);
	}
}
