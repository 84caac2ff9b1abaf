package no.planspor.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.planspor.PlansporTest;
import no.planspor.exchange.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and wrong files are refused with a message that says why, and nothing is written: not a
 * workbook, an old .xls, an encrypted workbook, a zip bomb, XML entities (XXE), too many rows, a
 * workbook of another plan, a workbook not from Planspor.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookHostileFilesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Workbooks nb;

	String plan;

	@BeforeAll
	void plan() {
		nb = new Workbooks(port, "nb");
		plan = Workbooks.freshCode("xlsx-hostile");
		assertThat(nb.importPlan(Workbooks.krnCopy(plan)).statusCode()).isEqualTo(201);
	}

	/** Refused by both calls with this message, and the database as it was. */
	void refused(byte[] file, String message) {
		long audit = count("audit_event");
		long statuses = count("status_update");
		long items = count("plan_item");
		for (boolean apply : new boolean[] { false, true }) {
			HttpResponse<String> answer = apply ? nb.apply(plan, file, null) : nb.preview(plan, file, null);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
			JsonNode problems = ApiClient.json(answer).get("problems");
			assertThat(problems).hasSize(1);
			assertThat(problems.get(0).get("message").asString()).contains(message);
		}
		assertThat(count("audit_event")).isEqualTo(audit);
		assertThat(count("status_update")).isEqualTo(statuses);
		assertThat(count("plan_item")).isEqualTo(items);
	}

	@Test
	void notAWorkbook() {
		refused("Mål;Tiltak\n1;T1.1 a)\n".getBytes(StandardCharsets.UTF_8), "ikke en Excel-arbeidsbok");
		refused(new byte[0], "Filen er tom");
		// A zip that is no workbook (a Word document would be one).
		refused(zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)), "ikke en Excel-arbeidsbok");
	}

	@Test
	void anOldExcelFile() throws IOException {
		try (org.apache.poi.hssf.usermodel.HSSFWorkbook old = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			old.createSheet("Tiltak");
			old.write(out);
			refused(out.toByteArray(), "gamle Excel-formatet");
		}
	}

	@Test
	void anEncryptedWorkbook() throws Exception {
		byte[] plain = nb.download(plan);
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("hemmelig");
		try (POIFSFileSystem fs = new POIFSFileSystem();
				OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain))) {
			try (OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			refused(out.toByteArray(), "kryptert");
		}
	}

	@Test
	void aZipBomb() {
		// 30 MB of zeros packs into some 30 kB: a ratio no workbook has.
		byte[] zeros = new byte[30 * 1024 * 1024];
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(zeros);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		refused(out.toByteArray(), "zip-bombe");
	}

	@Test
	void xmlEntities() {
		byte[] workbook = nb.download(plan);
		byte[] hostile = replaceEntry(workbook, "xl/workbook.xml", xml -> xml.replaceFirst("\\?>",
				"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
		refused(hostile, "XML-deklarasjoner");
	}

	@Test
	void tooManyRows() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("Tiltak");
			for (int r = 0; r < 5100; r++) {
				sheet.createRow(r).createCell(0).setCellValue("rad " + r);
			}
			book.write(out);
			refused(out.toByteArray(), "Arket Tiltak har flere enn 5");
		}
	}

	@Test
	void aWorkbookOfAnotherPlanOrNotFromPlanspor() throws IOException {
		refused(nb.download("tik-forskning-2022-2025"), "lastet ned fra en annen plan");
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("Tiltak").createRow(0).createCell(0).setCellValue("Mål");
			book.write(out);
			refused(out.toByteArray(), "ikke lastet ned fra Planspor");
		}
	}

	long count(String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}

	static byte[] zip(String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The workbook with one part's XML rewritten, every other part as it was. */
	static byte[] replaceEntry(byte[] workbook, String name, java.util.function.UnaryOperator<String> change) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(name)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
