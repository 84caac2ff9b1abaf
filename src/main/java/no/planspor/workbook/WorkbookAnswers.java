package no.planspor.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import no.planspor.web.Dates;
import no.planspor.workbook.internal.Preview;
import no.planspor.workbook.internal.SheetProblem;
import no.planspor.workbook.internal.WorkbookComparison.Choice;
import no.planspor.workbook.internal.WorkbookFile;

/**
 * What the pages and the API share: the workbook as a download, the body read within its limit, the
 * person's choices, and problems in the reader's language.
 */
@Component
class WorkbookAnswers {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** A problem where a person finds it, said in their language. */
	record Placed(String sheet, Integer row, String column, String code, String message) {
	}

	private final MessageSource messages;

	WorkbookAnswers(MessageSource messages) {
		this.messages = messages;
	}

	static ResponseEntity<byte[]> download(String planCode, byte[] workbook) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(planCode + ".xlsx").build().toString())
			.body(workbook);
	}

	/** The body, or null when it is larger than a workbook may be (the reader then refuses it as too large). */
	static byte[] read(InputStream body) {
		try {
			byte[] bytes = body.readNBytes(WorkbookFile.MAX_BYTES + 1);
			return bytes.length > WorkbookFile.MAX_BYTES ? new byte[WorkbookFile.MAX_BYTES + 1] : bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, Choice> choices(List<String> workbook, List<String> planspor) {
		Map<String, Choice> choices = new HashMap<>();
		if (planspor != null) {
			planspor.forEach(id -> choices.put(id, Choice.PLANSPOR));
		}
		if (workbook != null) {
			workbook.forEach(id -> choices.put(id, Choice.WORKBOOK));
		}
		return choices;
	}

	static Set<String> parties(List<String> names) {
		return names == null ? Set.of() : new LinkedHashSet<>(names.stream().filter(n -> !n.isBlank()).map(String::strip).toList());
	}

	List<Placed> problems(Preview preview, Locale locale) {
		return preview.problems().stream().map(p -> place(p, locale)).toList();
	}

	Placed place(SheetProblem problem, Locale locale) {
		return new Placed(problem.sheet(), problem.row(), problem.column(), problem.code(),
				messages.getMessage(problem.code(), Dates.readable(problem.args().toArray(), locale), problem.code(),
						locale));
	}

	/** Where a problem is, as a person reads it: "Ark Tiltak, rad 14, kolonne Status". */
	String where(SheetProblem problem, Locale locale) {
		if (problem.sheet() == null) {
			return null;
		}
		return messages.getMessage(problem.column() == null ? "workbook.where.row" : "workbook.where.cell",
				new Object[] { problem.sheet(), problem.row(), problem.column() }, locale);
	}

	/** Whether the file as a whole was refused (not a workbook, a bomb …), rather than some of its rows. */
	static boolean refusedAsFile(Preview preview) {
		return preview.edits() == null;
	}
}
