package no.planspor.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as a workbook and back: unchanged it is "no changes" for every seed plan; an edited status,
 * comment, indicator and party become exactly those changes, and applying them writes them with audit;
 * a row changed in both places is a conflict that the person settles; problems name sheet, row and
 * column.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookRoundTripTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Workbooks nb;

	Workbooks en;

	@BeforeAll
	void clients() {
		nb = new Workbooks(port, "nb");
		en = new Workbooks(port, "en");
	}

	String krnCopy() {
		String code = Workbooks.freshCode("xlsx");
		ObjectNode doc = Workbooks.krnCopy(code);
		PlanDocuments.item(doc, "T1.1 a)").withArray("shortlists").add("2026-2027");
		PlanDocuments.item(doc, "T1.1 c)").put("comment", "=HYPERLINK(\"https://example.org\",\"Klikk\")");
		assertThat(nb.importPlan(doc).statusCode()).isEqualTo(201);
		return code;
	}

	@ParameterizedTest
	@ValueSource(strings = { "ous-forskningsstrategi-2025-2029", "tik-forskning-2022-2025", "krn-forskning-2025-2029" })
	void aWorkbookTakenBackUnchangedChangesNothing(String plan) {
		for (Workbooks client : List.of(nb, en)) {
			HttpResponse<String> answer = client.preview(plan, client.download(plan), null);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			JsonNode body = ApiClient.json(answer);
			assertThat(body.get("changes")).as(answer.body()).isEmpty();
			assertThat(body.get("conflicts")).isEmpty();
			assertThat(body.get("problems")).isEmpty();
		}
	}

	@Test
	void theWorkbookHasThePlansColumnsAndHidesItsKeys() throws IOException {
		String plan = krnCopy();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(nb.download(plan)))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Tiltak");
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).containsExactly("Mål", "Tiltak", "Hovedtiltak", "Resultatindikator", "Hovedansvar",
					"Frist", "Kommentar", "Kortliste", "Status", "Fremdrift (%)", "Status per", "Statuskommentar",
					"Nøkkel (ikke endre)");
			assertThat(sheet.isColumnHidden(12)).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(book.getSheetName(1)).isEqualTo("Forkortelser");
			assertThat(book.getSheetName(2)).isEqualTo("Om planen");
			assertThat(book.getSheetVisibility(3)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			// Formula-like text is written as text, quote-prefixed, so Excel never runs it.
			Cell comment = Workbooks.row(sheet, "Tiltak", "T1.1 c)").getCell(6);
			assertThat(comment.getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
			// Shortlisted rows are filled (light green, as KRN marks them).
			assertThat(Workbooks.row(sheet, "Tiltak", "T1.1 a)").getCell(2).getCellStyle().getFillPattern().getCode())
				.isEqualTo((short) 1);
			assertThat(sheet.getDataValidations()).hasSize(1);
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(en.download(plan)))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Measures");
			assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Main measure");
		}
	}

	/** The edits of the test: a status, a comment, an indicator and a party. */
	byte[] edited(byte[] workbook) {
		return Workbooks.edit(workbook, book -> {
			Sheet sheet = book.getSheetAt(0);
			Workbooks.set(sheet, "T1.1 a)", "Status", "I rute");
			Workbooks.row(sheet, "Tiltak", "T1.1 a)").createCell(Workbooks.column(sheet, "Fremdrift (%)")).setCellValue(40);
			Workbooks.set(sheet, "T1.1 b)", "Kommentar", "Ny kommentar fra Excel");
			Workbooks.set(sheet, "T1.2 a) b)", "Resultatindikator",
					"Gjennomføre workshop i søknadsskriving hvert år\nEgen «poliklinikk» for innovasjonssøknader");
			Workbooks.set(sheet, "T1.1 c)", "Hovedansvar", "FG ledere, Forskere, Forskningsleder, Klinikkleder");
		});
	}

	@Test
	void editedStatusCommentIndicatorAndPartyAreExactlyThoseChanges() {
		String plan = krnCopy();
		byte[] workbook = edited(nb.download(plan));

		HttpResponse<String> preview = nb.preview(plan, workbook, null);

		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		JsonNode changes = ApiClient.json(preview).get("changes");
		assertThat(changes).as(preview.body()).hasSize(4);
		assertThat(change(changes, "T1.1 a)", "STATUS").get("after").get("state").asString()).isEqualTo("ON_TRACK");
		assertThat(change(changes, "T1.1 a)", "STATUS").get("after").get("progress").asInt()).isEqualTo(40);
		assertThat(change(changes, "T1.1 a)", "STATUS").get("before").isNull()).isTrue();
		JsonNode comment = change(changes, "T1.1 b)", "FIELD");
		assertThat(comment.get("field").asString()).isEqualTo("comment");
		assertThat(comment.get("before").isNull()).isTrue();
		assertThat(comment.get("after").asString()).isEqualTo("Ny kommentar fra Excel");
		JsonNode indicators = change(changes, "T1.2 a) b)", "FIELD");
		assertThat(indicators.get("field").asString()).isEqualTo("indicators");
		assertThat(indicators.get("after").get(0).asString()).isEqualTo("Gjennomføre workshop i søknadsskriving hvert år");
		JsonNode party = change(changes, "T1.1 c)", "FIELD");
		assertThat(party.get("field").asString()).isEqualTo("responsible");
		assertThat(party.get("after").toString()).contains("Klinikkleder");
		long audit = count("audit_event");
		assertThat(count("status_update")).isEqualTo(statusCount());

		HttpResponse<String> applied = nb.apply(plan, workbook, null);

		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		assertThat(ApiClient.json(applied).get("changes")).hasSize(4);
		JsonNode b = ApiClient.json(nb.get("/api/plans/" + plan + "/items/T1.1%20b)"));
		assertThat(b.toString()).contains("Ny kommentar fra Excel");
		JsonNode history = ApiClient.json(nb.get("/api/plans/" + plan + "/items/T1.1%20a)/status"));
		assertThat(history.toString()).contains("ON_TRACK");
		assertThat(count("audit_event")).isGreaterThanOrEqualTo(audit + 4);
		// Taken back again as it was downloaded after the change: nothing more to do.
		JsonNode again = ApiClient.json(nb.preview(plan, nb.download(plan), null));
		assertThat(again.get("changes")).isEmpty();
		// The same workbook a second time: its changes are in Planspor already.
		assertThat(ApiClient.json(nb.preview(plan, workbook, null)).get("changes")).isEmpty();
	}

	@Test
	void aRowChangedInBothPlacesIsAConflictThePersonSettles() {
		String plan = krnCopy();
		byte[] workbook = Workbooks.edit(nb.download(plan),
				book -> Workbooks.set(book.getSheetAt(0), "T1.1 b)", "Kommentar", "Fra regnearket"));
		JsonNode item = ApiClient.json(nb.get("/api/plans/" + plan + "/items/T1.1%20b)"));
		((ObjectNode) item).put("comment", "Fra Planspor");
		HttpResponse<String> saved = nb.send("PUT", "/api/plans/" + plan + "/items/T1.1%20b)", item.toString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

		JsonNode preview = ApiClient.json(nb.preview(plan, workbook, null));
		assertThat(preview.get("changes")).isEmpty();
		assertThat(preview.get("conflicts")).hasSize(1);
		JsonNode conflict = preview.get("conflicts").get(0);
		assertThat(conflict.get("field").asString()).isEqualTo("comment");
		assertThat(conflict.get("workbook").asString()).isEqualTo("Fra regnearket");
		assertThat(conflict.get("planspor").asString()).isEqualTo("Fra Planspor");
		assertThat(conflict.get("exported").isNull()).isTrue();

		HttpResponse<String> refused = nb.apply(plan, workbook, null);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(refused).get("conflicts")).hasSize(1);
		assertThat(ApiClient.json(nb.get("/api/plans/" + plan + "/items/T1.1%20b)")).get("comment").asString())
			.isEqualTo("Fra Planspor");

		HttpResponse<String> kept = nb.apply(plan, workbook, "planspor=" + conflict.get("id").asString());
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(ApiClient.json(kept).get("changes")).isEmpty();
		HttpResponse<String> chosen = nb.apply(plan, workbook, "workbook=" + conflict.get("id").asString());
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
		assertThat(ApiClient.json(nb.get("/api/plans/" + plan + "/items/T1.1%20b)")).get("comment").asString())
			.isEqualTo("Fra regnearket");
	}

	@Test
	void problemsAreNamedBySheetRowAndColumnAndNothingIsWritten() {
		String plan = krnCopy();
		byte[] workbook = Workbooks.edit(nb.download(plan), book -> {
			Sheet sheet = book.getSheetAt(0);
			Workbooks.set(sheet, "T1.1 a)", "Status", "Kanskje");
			Workbooks.set(sheet, "T1.1 b)", "Hovedansvar", "Forskningsleder, Ny komité");
			Workbooks.set(sheet, "T1.1 c)", "Frist", "snart");
			Workbooks.set(sheet, "T1.2 a) b)", "Kommentar", "Endret, men ikke lagret");
		});
		int row = Workbooks.row(workbook(workbook).getSheetAt(0), "Tiltak", "T1.1 a)").getRowNum() + 1;
		long audit = count("audit_event");

		HttpResponse<String> applied = nb.apply(plan, workbook, null);

		assertThat(applied.statusCode()).isEqualTo(400);
		JsonNode problems = ApiClient.json(applied).get("problems");
		assertThat(problems).hasSize(3);
		JsonNode state = problems.get(0);
		assertThat(state.get("sheet").asString()).isEqualTo("Tiltak");
		assertThat(state.get("row").asInt()).isEqualTo(row);
		assertThat(state.get("column").asString()).isEqualTo("Status");
		assertThat(state.get("message").asString()).isEqualTo("«Kanskje» er ikke en status.");
		assertThat(problems.toString()).contains("«Ny komité» er ikke en part i planen.", "«snart» er ikke en dato.");
		assertThat(count("audit_event")).isEqualTo(audit);
		assertThat(ApiClient.json(nb.get("/api/plans/" + plan + "/items/T1.2%20a)%20b)")).get("comment").isNull()).isTrue();
		assertThat(ApiClient.json(en.apply(plan, workbook, null)).get("problems").get(0).get("message").asString())
			.isEqualTo("“Kanskje” is not a status.");

		// A party the plan lacks may be added with the change.
		byte[] party = Workbooks.edit(nb.download(plan),
				book -> Workbooks.set(book.getSheetAt(0), "T1.1 b)", "Hovedansvar", "Forskningsleder, Ny komité"));
		HttpResponse<String> added = nb.apply(plan, party, "addParty=Ny%20komit%C3%A9");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		assertThat(ApiClient.json(added).get("changes").toString()).contains("PARTY", "Ny komité");
	}

	@Test
	void formulasAreReadAsTheirSavedValuesNeverEvaluated() {
		String plan = krnCopy();
		byte[] workbook = Workbooks.edit(nb.download(plan), book -> {
			Sheet sheet = book.getSheetAt(0);
			Cell cell = Workbooks.row(sheet, "Tiltak", "T1.1 b)").createCell(Workbooks.column(sheet, "Kommentar"));
			cell.setCellFormula("1+1");
			cell.setCellValue("Lagret verdi");
		});
		JsonNode changes = ApiClient.json(nb.preview(plan, workbook, null)).get("changes");
		assertThat(changes).hasSize(1);
		assertThat(changes.get(0).get("after").asString()).isEqualTo("Lagret verdi");
	}

	@Test
	void newRowsAreNewItemsAndDeletedRowsAreTakenOut() {
		String plan = krnCopy();
		byte[] workbook = Workbooks.edit(nb.download(plan), book -> {
			Sheet sheet = book.getSheetAt(0);
			int last = sheet.getLastRowNum();
			var row = sheet.createRow(last + 1);
			row.createCell(Workbooks.column(sheet, "Tiltak")).setCellValue("T5.9 x)");
			row.createCell(Workbooks.column(sheet, "Hovedtiltak")).setCellValue("Et nytt tiltak fra regnearket");
			row.createCell(Workbooks.column(sheet, "Resultatindikator")).setCellValue("Én ny indikator");
			sheet.removeRow(Workbooks.row(sheet, "Tiltak", "T1.1 b)"));
		});
		HttpResponse<String> applied = nb.apply(plan, workbook, null);
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		assertThat(applied.body()).contains("ADDED", "REMOVED");
		assertThat(nb.get("/api/plans/" + plan + "/items/T5.9%20x)").statusCode()).isEqualTo(200);
		assertThat(nb.get("/api/plans/" + plan + "/items/T1.1%20b)").statusCode()).isEqualTo(404);
	}

	/**
	 * Workbooks to look at (LibreOffice, or Excel): written to the directory named by
	 * {@code -Dplanspor.workbook-samples=…}, else nothing.
	 */
	@Test
	void samplesToLookAt() throws IOException {
		String dir = System.getProperty("planspor.workbook-samples");
		if (dir == null) {
			return;
		}
		String plan = krnCopy();
		byte[] status = Workbooks.edit(nb.download(plan), book -> {
			Sheet sheet = book.getSheetAt(0);
			Workbooks.set(sheet, "T1.1 a)", "Status", "Risiko");
			Workbooks.set(sheet, "T1.1 a)", "Statuskommentar", "Økonomien er usikker; søknad til Helse Sør-Øst avventer svar.");
			Workbooks.row(sheet, "Tiltak", "T1.1 a)").createCell(Workbooks.column(sheet, "Fremdrift (%)")).setCellValue(30);
			Workbooks.set(sheet, "T1.1 b)", "Status", "I rute");
		});
		assertThat(nb.apply(plan, status, null).statusCode()).isEqualTo(200);
		java.nio.file.Path out = java.nio.file.Path.of(dir);
		java.nio.file.Files.createDirectories(out);
		java.nio.file.Files.write(out.resolve("krn-nb.xlsx"), nb.download(plan));
		java.nio.file.Files.write(out.resolve("krn-en.xlsx"), en.download(plan));
		java.nio.file.Files.write(out.resolve("tik-nb.xlsx"), nb.download("tik-forskning-2022-2025"));
	}

	static XSSFWorkbook workbook(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static JsonNode change(JsonNode changes, String item, String kind) {
		for (JsonNode change : changes) {
			if (item.equals(change.get("item").asString()) && kind.equals(change.get("kind").asString())) {
				return change;
			}
		}
		throw new AssertionError("No " + kind + " change of " + item + " in " + changes);
	}

	long count(String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}

	long statusCount() {
		return count("status_update");
	}
}
