package no.planspor.report.committee;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reporting round's committee report, as the file the research leader takes to the committee:
 * {@code GET /api/rounds/{id}/report.pdf} and {@code .xlsx}. Anyone signed in reads it, as they read
 * the round and the plan. docs/api.md, "Reporting rounds".
 */
@RestController
class RoundReportApi {

	private final CommitteeReports reports;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	RoundReportApi(CommitteeReports reports, ReportPdf pdf, ReportWorkbook workbook) {
		this.reports = reports;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	@GetMapping(path = "/api/rounds/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		CommitteeReport report = reports.forRound(id);
		return CommitteeReportPages.file(pdf.write(report, locale), MediaType.APPLICATION_PDF,
				CommitteeReportPages.fileName(report, "pdf"));
	}

	@GetMapping(path = "/api/rounds/{id}/report.xlsx",
			produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		CommitteeReport report = reports.forRound(id);
		return CommitteeReportPages.file(workbook.write(report, locale), CommitteeReportPages.XLSX,
				CommitteeReportPages.fileName(report, "xlsx"));
	}
}
