package no.planspor.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.SqlStatementCounter;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's report for a plan at a date: each measure's state as of that date (later updates
 * left out), what changed since the earlier date, as a page, a PDF and a workbook that tell the same;
 * a fixed number of statements whatever the plan's size.
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeReportTest {

	/** The plan's tree, where it stood on both dates, who answers for what. */
	static final int REPORT_PAGE = PlanPageStatementsTest.PLAN_TREE + 2 + 2;

	static final String DATES = "?asOf=2026-11-30&since=2026-06-01";

	static final String FORMULA = "=HYPERLINK(\"https://example.org\",\"Klikk\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	java.time.Clock clock;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	String plan;

	@BeforeAll
	void plan() throws Exception {
		plan = ReportPlans.freshCode("rpt-fu");
		mvc.perform(post("/api/plans").with(httpBasic("admin", PlansporTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(ReportPlans.bytes(ReportPlans.krnCopy(plan)))).andExpect(status().isCreated());
		record("T1.1 a)", "ON_TRACK", "2026-03-01", 20, null);
		record("T1.1 a)", "AT_RISK", "2026-10-01", 30, "Økonomien er usikker; søknad til Helse Sør-Øst avventer svar.");
		// After the report's date: not in it.
		record("T1.1 a)", "DELAYED", "2026-12-01", 30, "Forsinket etter rapportdatoen.");
		record("T1.1 b)", "ON_TRACK", "2026-03-01", 50, null);
		record("T1.1 b)", "DONE", "2026-09-01", 100, null);
		record("T1.1 c)", "ON_TRACK", "2026-02-01", 10, null);
		record("T1.2 a) b)", "ON_TRACK", "2026-10-05", 40, FORMULA);
	}

	void record(String item, String state, String asOf, Integer progress, String text) {
		db.sql("""
				insert into status_update (item_id, state, progress, text, as_of, author_name, recorded_at)
				select i.id, :state, :progress, :text, cast(:asOf as date), 'Test', now()
				from plan_item i join plan p on p.id = i.plan_id where p.code = :plan and i.code = :item
				""")
			.param("state", state)
			.param("progress", progress)
			.param("text", text)
			.param("asOf", asOf)
			.param("plan", plan)
			.param("item", item)
			.update();
	}

	MvcResult fetch(String path) throws Exception {
		return mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername("admin")))
			.header("Accept-Language", "nb")).andReturn();
	}

	Element measure(Document page, String code) {
		return page.select("article.report-measure")
			.stream()
			.filter(m -> one(m, ".report-measure__title .item-code").text().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No measure " + code));
	}

	@Test
	void thePageTellsEachMeasureAsOfTheDateAndWhatChangedSince() throws Exception {
		MvcResult answer = fetch("/plans/" + plan + "/report" + DATES);

		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		Document page = Html.page(answer.getResponse().getContentAsString());
		assertThat(one(page, "h1").text()).isEqualTo("Rapport til forskningsutvalget");
		assertThat(one(page, ".page-head__lead").text()).contains("30. november 2026", "1. juni 2026");
		Element atRisk = measure(page, "T1.1 a)");
		assertThat(atRisk.text()).contains("Risiko", "Ny risiko", "(var: I rute)", "30 % fullført",
				"Økonomien er usikker").doesNotContain("Forsinket etter rapportdatoen");
		assertThat(measure(page, "T1.1 b)").text()).contains("Fullført");
		assertThat(one(measure(page, "T1.1 c)"), ".change").text()).isEqualTo("Ikke besvart");
		assertThat(one(measure(page, "T1.2 a) b)"), ".change").text()).isEqualTo("Endret status");
		assertThat(one(measure(page, "T1.3 a)"), ".report-facts").text()).contains("Ingen status", "Ikke besvart");
		// The summary lists the news first, each measure linked to its place below.
		Element news = one(page, ".report-news");
		assertThat(news.select("dt").eachText()).containsExactly("Fullført (1)", "Ny risiko (1)", "Endret status (1)",
				"Ikke besvart (" + (page.select("article.report-measure").size() - 3) + ")");
		assertThat(news.select("a[href=#m-" + atRisk.id().substring(2) + "]")).hasSize(1);
		assertThat(page.select("a[href*=report.pdf]").attr("href")).contains("asOf=2026-11-30", "since=2026-06-01");
	}

	@Test
	void theReportCostsAFixedNumberOfStatements() throws Exception {
		fetch("/plans/" + plan + "/report" + DATES);
		assertThat(sql.lastRequest().statements()).as("%s", sql.lastRequest()).isEqualTo(REPORT_PAGE);
		String large = ReportPlans.freshCode("rpt-fu-large");
		mvc.perform(post("/api/plans").with(httpBasic("admin", PlansporTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(ReportPlans.bytes(ReportPlans.scaled(large, 4)))).andExpect(status().isCreated());
		fetch("/plans/" + large + "/report");
		assertThat(sql.lastRequest().statements()).as("%s", sql.lastRequest()).isEqualTo(REPORT_PAGE);
	}

	@Test
	void badDatesAreRefused() throws Exception {
		assertThat(fetch("/plans/" + plan + "/report?asOf=i-går").getResponse().getStatus()).isEqualTo(400);
		assertThat(fetch("/plans/" + plan + "/report?asOf=2026-06-01&since=2026-07-01").getResponse().getStatus())
			.isEqualTo(400);
		assertThat(fetch("/plans/finnes-ikke/report").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void thePdfIsA4WithEmbeddedFontsPageNumbersAndThePlanInTheHeader() throws Exception {
		MvcResult answer = fetch("/plans/" + plan + "/report.pdf" + DATES);

		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(answer.getResponse().getHeader("Content-Disposition")).contains("attachment",
				plan + "-rapport-2026-11-30.pdf");
		sample("committee-report.pdf", answer.getResponse().getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(answer.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Rapport til forskningsutvalget", "Økonomien er usikker", "Ny risiko",
					"Drive forskning som forbedrer klinisk praksis", "Kliniske studier må innlemmes");
			PDFTextStripper second = new PDFTextStripper();
			second.setSortByPosition(true);
			second.setStartPage(2);
			second.setEndPage(2);
			assertThat(second.getText(pdf)).contains("Handlingsplan for forskning 2025-2029", "per 30. november 2026",
					"Side 2 / " + pdf.getNumberOfPages());
			assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			// Tagged, for screen readers (PDF/UA).
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentInformation().getTitle()).contains("Rapport til forskningsutvalget");
		}
	}

	@Test
	void theWorkbookHasFrozenFilteredHeadersRealDatesAndNeverRunsAFormula() throws Exception {
		MvcResult answer = fetch("/plans/" + plan + "/report.xlsx" + DATES);

		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		assertThat(answer.getResponse().getHeader("Content-Disposition")).contains(plan + "-rapport-2026-11-30.xlsx");
		sample("committee-report.xlsx", answer.getResponse().getContentAsByteArray());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()))) {
			XSSFSheet measures = workbook.getSheetAt(0);
			assertThat(measures.getSheetName()).isEqualTo("Tiltak");
			assertThat(measures.getPaneInformation().isFreezePane()).isTrue();
			assertThat(measures.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(measures.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(measures.getPrintSetup().getLandscape()).as("printed for FU: landscape, one page wide").isTrue();
			assertThat(measures.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(measures.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
			assertThat(measures.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tiltak");
			Row atRisk = row(measures, "T1.1 a)");
			assertThat(atRisk.getCell(6).getStringCellValue()).isEqualTo("Risiko");
			assertThat(DateUtil.isCellDateFormatted(atRisk.getCell(7))).isTrue();
			assertThat(atRisk.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
			assertThat(atRisk.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(atRisk.getCell(8).getNumericCellValue()).isEqualTo(30.0);
			assertThat(atRisk.getCell(9).getCellStyle().getWrapText()).isTrue();
			assertThat(atRisk.getCell(11).getStringCellValue()).isEqualTo("Ny risiko");
			Cell formula = row(measures, "T1.2 a) b)").getCell(9);
			assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo(FORMULA);
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(atRisk.getCell(9).getCellStyle().getQuotePrefixed()).isFalse();
			XSSFSheet indicators = workbook.getSheetAt(1);
			assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
			assertThat(indicators.getLastRowNum()).isGreaterThan(10);
		}
	}

	/** With -Dplanspor.report-samples=dir, the files are kept there to be looked at (pdftoppm, LibreOffice). */
	static void sample(String name, byte[] content) throws IOException {
		String dir = System.getProperty("planspor.report-samples");
		if (dir != null) {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
			java.nio.file.Files.write(java.nio.file.Path.of(dir, name), content);
		}
	}

	@Test
	void aRoundsReportShowsWhatItAskedAboutAndWhoDidNotAnswer() throws Exception {
		LocalDate today = LocalDate.now(clock);
		String leader = no.planspor.account.AccountFixtures.unique("leder");
		long leaderId = no.planspor.account.AccountFixtures.user(accounts, leader, no.planspor.account.Role.CONTRIBUTOR);
		no.planspor.account.AccountFixtures.memberOfPlan(db, leaderId, "Forskningsleder",
				no.planspor.account.AccountFixtures.planId(db, plan));
		ApiClient admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		var created = admin.post("/api/plans/" + plan + "/rounds", """
				{"title": "Status høst 2026", "asOf": "%s", "due": "%s", "scope": {"goals": ["1"]},
				 "message": "Oppdater status før møtet i FU."}""".formatted(today.minusDays(3), today.plusDays(14))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long round = ApiClient.json(created).path("id").asLong();
		var opened = admin.send("POST", "/api/rounds/" + round + "/open", null);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
		var answer = ApiClient.as(port, leader, no.planspor.account.AccountFixtures.PASSWORD)
			.post("/api/plans/" + plan + "/items/T1.1%20c)/status", """
					{"state": "ON_TRACK", "asOf": "%s", "progress": 25, "text": "Nettverket møtes i januar."}"""
				.formatted(today).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

		var pdfAnswer = admin.getBytes("/api/rounds/" + round + "/report.pdf");
		assertThat(pdfAnswer.statusCode()).isEqualTo(200);
		assertThat(pdfAnswer.headers().firstValue("Content-Type")).hasValue("application/pdf");
		sample("round-report.pdf", pdfAnswer.body());
		try (PDDocument pdf = Loader.loadPDF(pdfAnswer.body())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			assertThat(stripper.getText(pdf)).contains("Status høst 2026", "Handlingsplan for forskning 2025-2029");
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Nettverket møtes i januar.", "Drive forskning som forbedrer klinisk praksis")
				.doesNotContain("Kliniske studier må innlemmes");
		}
		var xlsxAnswer = admin.getBytes("/api/rounds/" + round + "/report.xlsx");
		assertThat(xlsxAnswer.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxAnswer.body()))) {
			XSSFSheet measures = workbook.getSheetAt(0);
			assertThat(row(measures, "T1.1 c)").getCell(11).getStringCellValue()).isEqualTo("Unchanged");
			// Answered today, after the round's as-of date: the report shows the answer all the same
			assertThat(row(measures, "T1.1 c)").getCell(6).getStringCellValue()).isEqualTo("On track");
			assertThat(row(measures, "T1.1 c)").getCell(8).getNumericCellValue()).isEqualTo(25.0);
			assertThat(row(measures, "T1.1 b)").getCell(11).getStringCellValue()).isEqualTo("Finished");
			assertThat(row(measures, "T1.3 a)").getCell(11).getStringCellValue()).isEqualTo("No answer");
			for (Row row : measures) {
				if (row.getRowNum() > 0) {
					assertThat(row.getCell(2).getStringCellValue()).startsWith("T1.");
				}
			}
			XSSFSheet about = workbook.getSheetAt(2);
			assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Status høst 2026");
		}
		assertThat(admin.get("/api/rounds/987654321/report.pdf").statusCode()).isEqualTo(404);
		// The round page's download links, for a signed-in session.
		MvcResult page = fetch("/plans/" + plan + "/rounds/" + round + "/report.xlsx");
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentType()).startsWith(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(fetch("/plans/" + plan + "/rounds/" + round + "/report.pdf").getResponse().getContentType())
			.isEqualTo("application/pdf");
		assertThat(fetch("/plans/" + ReportPlans.KRN + "/rounds/" + round + "/report.pdf").getResponse().getStatus())
			.isEqualTo(404);
	}

	static Row row(XSSFSheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("No row for " + code);
	}

	static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (var name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}
}
