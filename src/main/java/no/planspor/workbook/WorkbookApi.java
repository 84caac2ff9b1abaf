package no.planspor.workbook;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.web.ProblemDetails;
import no.planspor.workbook.internal.Preview;

/**
 * The plan as a workbook over HTTP: {@code GET /api/plans/{plan}/xlsx}; {@code POST …/xlsx/preview} with
 * the workbook as the body tells what it would change (writing nothing); {@code POST …/xlsx} applies it
 * (200 with what was written, 400 with the problems, 409 with the conflicts; nothing written unless 200).
 * Conflicts are settled with {@code workbook=<id>} or {@code planspor=<id>}, parties added with
 * {@code addParty=<name>}. docs/api.md, "Workbooks".
 */
@RestController
class WorkbookApi {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanWorkbooks workbooks;

	private final WorkbookAnswers answers;

	private final ProblemDetails details;

	WorkbookApi(PlanWorkbooks workbooks, WorkbookAnswers answers, ProblemDetails details) {
		this.workbooks = workbooks;
		this.answers = answers;
		this.details = details;
	}

	@GetMapping(path = "/api/plans/{plan}/xlsx", produces = XLSX)
	ResponseEntity<byte[]> download(@PathVariable String plan, Locale locale) {
		return WorkbookAnswers.download(plan, workbooks.export(plan, locale));
	}

	@PostMapping(path = "/api/plans/{plan}/xlsx/preview", consumes = { XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<Object> preview(@PathVariable String plan, InputStream body,
			@RequestParam(required = false) List<String> addParty, @RequestParam(required = false) List<String> workbook,
			@RequestParam(required = false) List<String> planspor, Locale locale) {
		Preview preview = workbooks.preview(plan, WorkbookAnswers.read(body), WorkbookAnswers.parties(addParty),
				WorkbookAnswers.choices(workbook, planspor));
		if (WorkbookAnswers.refusedAsFile(preview)) {
			return refused(HttpStatus.BAD_REQUEST, "workbook.api.refused", preview, locale);
		}
		return ResponseEntity.ok(body(preview, locale));
	}

	@PostMapping(path = "/api/plans/{plan}/xlsx", consumes = { XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<Object> apply(@PathVariable String plan, InputStream body,
			@RequestParam(required = false) List<String> addParty, @RequestParam(required = false) List<String> workbook,
			@RequestParam(required = false) List<String> planspor, Locale locale) {
		PlanWorkbooks.Applied applied = workbooks.apply(plan, WorkbookAnswers.read(body),
				WorkbookAnswers.parties(addParty), WorkbookAnswers.choices(workbook, planspor));
		return switch (applied.outcome()) {
			case APPLIED -> ResponseEntity.ok(body(applied.preview(), locale));
			case PROBLEMS -> refused(HttpStatus.BAD_REQUEST, "workbook.api.refused", applied.preview(), locale);
			case CONFLICTS -> refused(HttpStatus.CONFLICT, "workbook.api.conflicts", applied.preview(), locale);
		};
	}

	private Map<String, Object> body(Preview preview, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("changes", preview.changes());
		body.put("conflicts", preview.conflicts());
		body.put("problems", answers.problems(preview, locale));
		return body;
	}

	/** A problem detail (RFC 9457) with the same members as a preview. */
	private ResponseEntity<Object> refused(HttpStatus status, String code, Preview preview, Locale locale) {
		ProblemDetail problem = details.of(status, code,
				new Object[] { status == HttpStatus.CONFLICT ? preview.conflicts().size() : preview.problems().size() },
				locale);
		body(preview, locale).forEach(problem::setProperty);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
