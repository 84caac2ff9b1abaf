package no.planspor.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.exchange.PlanDocuments;

/** Workbooks for tests: downloaded and sent over real HTTP as an editor's system would, and edited with POI. */
final class Workbooks {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	private final String language;

	Workbooks(int port, String language) {
		this.port = port;
		this.language = language;
	}

	static String freshCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The KRN plan under a new code and a unit of its own. */
	static ObjectNode krnCopy(String code) {
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", "XLSX").put("name", "Regnearkklinikken");
		return doc;
	}

	HttpResponse<String> importPlan(JsonNode doc) {
		return send(request("/api/plans").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(PlanDocuments.bytes(doc))));
	}

	byte[] download(String plan) {
		try {
			HttpResponse<byte[]> answer = HTTP.send(request("/api/plans/" + plan + "/xlsx").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new AssertionError("Download of " + plan + " answered " + answer.statusCode());
			}
			return answer.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> preview(String plan, byte[] workbook, String query) {
		return post("/api/plans/" + plan + "/xlsx/preview" + (query == null ? "" : "?" + query), workbook);
	}

	HttpResponse<String> apply(String plan, byte[] workbook, String query) {
		return post("/api/plans/" + plan + "/xlsx" + (query == null ? "" : "?" + query), workbook);
	}

	HttpResponse<String> send(String method, String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	private HttpResponse<String> post(String path, byte[] body) {
		return send(request(path).header("Content-Type", XLSX).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path) {
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + PlansporTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", language)
			.header("Authorization", "Basic " + basic);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The workbook with {@code edit} made to it, saved again as Excel would. */
	static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> edit) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.accept(book);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The index of the column with this header on the first sheet. */
	static int column(Sheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("No column " + header);
	}

	/** The row of the item with this code on the first sheet. */
	static Row row(Sheet sheet, String codeHeader, String code) {
		int column = column(sheet, codeHeader);
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (row.getRowNum() > 0 && cell != null && code.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + code);
	}

	static void set(Sheet sheet, String code, String header, String value) {
		Row row = row(sheet, "Tiltak", code);
		int column = column(sheet, header);
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		cell.setCellValue(value);
	}
}
