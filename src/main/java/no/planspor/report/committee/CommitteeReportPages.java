package no.planspor.report.committee;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.shared.NotFound;

/**
 * The committee's report for a plan at a date ({@code asOf}, default today) compared with an earlier
 * one ({@code since}, default half a year before): as a page that prints as a document, as a PDF and
 * as a workbook. Anyone signed in reads it, as they read the plan.
 */
@Controller
class CommitteeReportPages {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CommitteeReports reports;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	CommitteeReportPages(CommitteeReports reports, ReportPdf pdf, ReportWorkbook workbook) {
		this.reports = reports;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	@GetMapping("/plans/{plan}/report")
	String page(@PathVariable String plan, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String since, Model model) {
		model.addAttribute("report", reports.atDate(plan, asOf, since));
		return "report/committee";
	}

	@GetMapping("/plans/{plan}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String plan, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String since, Locale locale) {
		CommitteeReport report = reports.atDate(plan, asOf, since);
		return file(pdf.write(report, locale), MediaType.APPLICATION_PDF, fileName(report, "pdf"));
	}

	@GetMapping("/plans/{plan}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String plan, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String since, Locale locale) {
		CommitteeReport report = reports.atDate(plan, asOf, since);
		return file(workbook.write(report, locale), XLSX, fileName(report, "xlsx"));
	}

	/** A reporting round's report as a page: the round page links here, and the page to its downloads. */
	@GetMapping("/plans/{plan}/rounds/{id}/report")
	String roundPage(@PathVariable String plan, @PathVariable long id, Model model) {
		model.addAttribute("report", round(plan, id));
		model.addAttribute("roundId", id);
		return "report/committee";
	}

	/** A reporting round's report, for the round page's download links (a signed-in session, not HTTP Basic). */
	@GetMapping("/plans/{plan}/rounds/{id}/report.pdf")
	ResponseEntity<byte[]> roundPdf(@PathVariable String plan, @PathVariable long id, Locale locale) {
		CommitteeReport report = round(plan, id);
		return file(pdf.write(report, locale), MediaType.APPLICATION_PDF, fileName(report, "pdf"));
	}

	@GetMapping("/plans/{plan}/rounds/{id}/report.xlsx")
	ResponseEntity<byte[]> roundXlsx(@PathVariable String plan, @PathVariable long id, Locale locale) {
		CommitteeReport report = round(plan, id);
		return file(workbook.write(report, locale), XLSX, fileName(report, "xlsx"));
	}

	/** The round's report, if the round is one of this plan's. */
	private CommitteeReport round(String plan, long id) {
		CommitteeReport report = reports.forRound(id);
		if (!report.plan().code().equals(plan)) {
			throw new NotFound("round.not-found", id);
		}
		return report;
	}

	/** "krn-forskning-2025-2029-rapport-2026-12-01.pdf" */
	static String fileName(CommitteeReport report, String extension) {
		return report.plan().code() + "-rapport-" + report.scope().asOf() + "." + extension;
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
