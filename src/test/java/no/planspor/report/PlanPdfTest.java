package no.planspor.report;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The plan as a PDF: for each seed plan and in both languages, a tagged document that passes veraPDF's
 * PDF/UA-1 check, holds every item code of the plan, embeds every font, has a cover with title, unit,
 * period and adoption, the plan's title and "page x of y" on the pages after it, and a bookmark per goal.
 * With -Dplanspor.report-samples=dir the files are kept there to be looked at (pdftoppm).
 */
@PlansporTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPdfTest {

	/** veraPDF's PDF/UA-1 profile, read from its jar (its profile directory does not list it in this class path). */
	static ValidationProfile PDF_UA_1;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	MockMvc mvc;

	@Autowired
	no.planspor.account.UserAccounts accounts;

	ApiClient admin;

	/** A KRN copy with a shortlisted measure and a status, to see both printed. */
	String copy;

	@BeforeAll
	void plans() throws Exception {
		admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		copy = ReportPlans.freshCode("pdf-krn");
		ObjectNode doc = ReportPlans.krnCopy(copy);
		ReportPlans.shortlist(doc, "T1.1 b)", "2026-2027");
		PlanDocuments.item(doc, "T1.1 a)")
			.set("status", PlanDocuments.JSON.readTree(
					"{\"state\": \"AT_RISK\", \"asOf\": \"2026-10-01\", \"progress\": 30, \"text\": \"Søknaden avventer svar.\"}"));
		var created = admin.post("/api/plans", ReportPlans.bytes(doc));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		VeraGreenfieldFoundryProvider.initialise();
		try (var profile = PDFAFlavour.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
			PDF_UA_1 = Profiles.profileFromXml(profile);
		}
	}

	@ParameterizedTest
	@CsvSource({ "ous-forskningsstrategi-2025-2029, nb", "tik-forskning-2022-2025, nb", "krn-forskning-2025-2029, nb",
			"ous-forskningsstrategi-2025-2029, en", "tik-forskning-2022-2025, en", "krn-forskning-2025-2029, en" })
	void eachSeedPlanPrintsAsAnAccessibleDocumentWithEveryItem(String plan, String language) throws Exception {
		byte[] pdf = fetch(plan, language);
		CommitteeReportTest.sample(plan + "-" + language + ".pdf", pdf);
		assertThat(pdfUaFailures(pdf)).isEmpty();
		JsonNode document = ApiClient.json(admin.get("/api/plans/" + plan));
		try (PDDocument file = Loader.loadPDF(pdf)) {
			String text = squeezed(new PDFTextStripper().getText(file));
			assertThat(codes(document.get("items")).toList()).isNotEmpty()
				.allSatisfy(code -> assertThat(text).contains(squeezed(code)));
			assertThat(CommitteeReportTest.fonts(file)).isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			assertThat(file.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(file.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(file.getDocumentCatalog().getLanguage()).isEqualTo(language);
			assertThat(file.getDocumentInformation().getTitle()).startsWith(document.get("title").asString());

			String cover = page(file, 1);
			assertThat(cover).contains(document.get("title").asString(), document.at("/unit/name").asString(),
					document.at("/period/from").asString() + "–" + document.at("/period/to").asString());
			String second = page(file, 2);
			assertThat(second).contains(document.get("title").asString(),
					(language.equals("nb") ? "Side 2 av " : "Page 2 of ") + file.getNumberOfPages());

			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : file.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			List<String> goals = new ArrayList<>();
			document.get("items").forEach(goal -> goals.add(goal.get("code").asString()));
			assertThat(bookmarks).hasSizeGreaterThanOrEqualTo(goals.size());
			assertThat(bookmarks.subList(bookmarks.size() - goals.size(), bookmarks.size()))
				.allSatisfy(title -> assertThat(title).containsAnyOf(":"));
		}
	}

	@Test
	void theCoverTellsTheAdoptionAndRowsShowShortlistAndStatus() throws Exception {
		byte[] pdf = fetch(copy, "nb");
		CommitteeReportTest.sample("plan-copy-nb.pdf", pdf);
		try (PDDocument file = Loader.loadPDF(pdf)) {
			assertThat(page(file, 1)).contains("Handlingsplan for forskning 2025-2029", "Rapporttestklinikken (RPT)",
					"2025–2029", "Vedtatt 11. mai 2026 av Klinikkledermøtet i KRN", "Kortliste 2026-2027");
			String text = new PDFTextStripper().getText(file);
			PDFTextStripper inPlace = new PDFTextStripper();
			inPlace.setSortByPosition(true);
			assertThat(squeezed(inPlace.getText(file))).contains("Status: Risiko per 1. oktober 2026, 30 %", "Kortliste 2026-2027",
					"Lysegrønne rader");
			assertThat(text).contains("æ", "ø", "å");
			// Each goal's table starts on the goal's page; goal 1's runs over more pages, its header row on each.
			int withHeader = 0;
			for (int n = 2; n <= file.getNumberOfPages(); n++) {
				if (page(file, n).contains("Hovedtiltak Resultatindikator")) {
					withHeader++;
				}
			}
			assertThat(withHeader).isGreaterThan(5);
		}
	}

	/** The check itself checks: a PDF without tags, language or title fails it. */
	@Test
	void theCheckRefusesAnUntaggedPdf() throws Exception {
		try (PDDocument plain = new PDDocument()) {
			plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			var bytes = new java.io.ByteArrayOutputStream();
			plain.save(bytes);
			assertThat(pdfUaFailures(bytes.toByteArray())).isNotEmpty();
		}
	}

	@Test
	void aPlanThatDoesNotExistIsNotFoundAndTheBrowserGetsTheSameFile() {
		assertThat(admin.getBytes("/api/plans/finnes-ikke/pdf").statusCode()).isEqualTo(404);
		var signedIn = no.planspor.account.WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		HttpResponse<String> page = signedIn.get("/plans/" + copy + "/plan.pdf");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(page.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains(copy + ".pdf"));
		AccountFixtures.planId(db, copy);
	}

	/** The table page's rows, filtered as its address says, on landscape pages: one per shortlisted measure here. */
	@Test
	void theTablePrintsLandscapeWithTheRowsTheTableShows() throws Exception {
		String table = "/plans/" + copy + "/table";
		MvcResult page = mvc.perform(get(table + "?shortlist=2026-2027").with(user(accounts.loadUserByUsername("admin"))))
			.andReturn();
		assertThat(Html.page(page.getResponse().getContentAsString()).select("a[href*=table.pdf]").attr("href"))
			.isEqualTo(table + ".pdf?shortlist=2026-2027");
		MvcResult answer = mvc.perform(get(table + ".pdf?shortlist=2026-2027&lang=en")
			.with(user(accounts.loadUserByUsername("admin")))).andReturn();
		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] pdf = answer.getResponse().getContentAsByteArray();
		CommitteeReportTest.sample("table-en.pdf", pdf);
		assertThat(pdfUaFailures(pdf)).isEmpty();
		try (PDDocument file = Loader.loadPDF(pdf)) {
			var box = file.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isGreaterThan(box.getHeight());
			String text = page(file, 1);
			assertThat(text).contains("Measures table", "Handlingsplan for forskning 2025-2029", "T1.1 b)",
					"Kortliste 2026-2027", "Page 1 of " + file.getNumberOfPages()).doesNotContain("T1.1 a)");
			assertThat(CommitteeReportTest.fonts(file)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
		}
		MvcResult all = mvc.perform(get(table + ".pdf").with(user(accounts.loadUserByUsername("admin")))).andReturn();
		CommitteeReportTest.sample("table-nb.pdf", all.getResponse().getContentAsByteArray());
		try (PDDocument file = Loader.loadPDF(all.getResponse().getContentAsByteArray())) {
			assertThat(squeezed(new PDFTextStripper().getText(file))).contains("T1.1 a)", "T5.1 b)", "Risiko");
		}
	}

	byte[] fetch(String plan, String language) {
		HttpResponse<byte[]> answer = admin.getBytes("/api/plans/" + plan + "/pdf?lang=" + language);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return answer.body();
	}

	/** What veraPDF's PDF/UA-1 profile finds wrong, one line per rule and place. */
	static List<String> pdfUaFailures(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = ValidatorFactory.createValidator(PDF_UA_1, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
						+ assertion.getMessage() + " at " + assertion.getLocation().getContext())
				.distinct()
				.toList();
		}
	}

	static Stream<String> codes(JsonNode items) {
		List<String> codes = new ArrayList<>();
		items.forEach(item -> {
			codes.add(item.get("code").asString());
			codes(item.get("children")).forEach(codes::add);
		});
		return codes.stream();
	}

	static String page(PDDocument file, int number) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		return squeezed(stripper.getText(file));
	}

	/** Runs of white space as one space: a code may break over two lines in a narrow column. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
