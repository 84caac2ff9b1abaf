package no.planspor.workbook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook in the browser without the browser: download buttons on the plan and table pages; for
 * editors the upload, a preview that shows each change before → after, a conflict with both values and
 * a choice, problems by sheet, row and column, and the button that applies it; readers may download only.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	Workbooks api;

	String plan;

	@BeforeAll
	void plan() {
		api = new Workbooks(port, "nb");
		plan = Workbooks.freshCode("xlsx-pages");
		assertThat(api.importPlan(Workbooks.krnCopy(plan)).statusCode()).isEqualTo(201);
	}

	HttpResponse<String> preview(WebSession session, byte[] workbook) {
		String token = WebSession.csrfToken(session.get("/plans/" + plan + "/workbook").body());
		return session.postFile("/plans/" + plan + "/workbook/preview", Map.of("_csrf", token), "file", "plan.xlsx",
				workbook);
	}

	HttpResponse<String> apply(WebSession session, Document preview, List<Map.Entry<String, String>> more) {
		List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
		form.add(Map.entry("_csrf", Html.one(preview, "form.workbook-preview input[name=_csrf]").val()));
		form.add(Map.entry("workbook", Html.one(preview, "input[name=workbook]").val()));
		form.add(Map.entry("fileName", "plan.xlsx"));
		form.addAll(more);
		return session.postForm("/plans/" + plan + "/workbook/apply", form);
	}

	@Test
	void thePlanAndTablePagesOfferTheWorkbookAndEditorsTheUpload() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		Document page = Html.page(admin.get("/plans/" + plan).body());
		assertThat(page.select("a[href=/plans/" + plan + "/plan.xlsx]")).hasSize(1);
		assertThat(page.select("a[href=/plans/" + plan + "/workbook]").text()).isEqualTo("Last opp regneark");
		Document table = Html.page(admin.get("/plans/" + plan + "/table").body());
		assertThat(table.select("a[href=/plans/" + plan + "/plan.xlsx]")).hasSize(1);

		String reader = AccountFixtures.unique("leser");
		AccountFixtures.user(accounts, reader, Role.READER);
		WebSession session = WebSession.signedIn(port, reader, AccountFixtures.PASSWORD);
		Document read = Html.page(session.get("/plans/" + plan).body());
		assertThat(read.select("a[href=/plans/" + plan + "/plan.xlsx]")).hasSize(1);
		assertThat(read.select("a[href=/plans/" + plan + "/workbook]")).isEmpty();
		assertThat(session.get("/plans/" + plan + "/workbook").statusCode()).isEqualTo(403);
		assertThat(session.get("/plans/" + plan + "/plan.xlsx").statusCode()).isEqualTo(200);
	}

	@Test
	void theEditorSeesEachChangeBeforeItIsSavedAndThenSavesIt() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		byte[] workbook = Workbooks.edit(api.download(plan), book -> {
			Sheet sheet = book.getSheetAt(0);
			Workbooks.set(sheet, "T1.3 a)", "Kommentar", "Kommentar fra regnearket");
			Workbooks.set(sheet, "T1.3 a)", "Status", "I rute");
		});

		HttpResponse<String> answer = preview(admin, workbook);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		Document page = Html.page(answer.body());
		assertThat(Html.one(page, "h1").text()).isEqualTo("Endringer fra regnearket");
		assertThat(page.select("table.workbook-changes tbody tr")).hasSize(2);
		assertThat(page.select("table.workbook-changes tbody").text()).contains("T1.3 a)", "Endret: kommentar",
				"(tom)", "Kommentar fra regnearket", "Ny status", "I rute");
		assertThat(page.select("button[type=submit]").eachText()).contains("Lagre endringene");
		assertThat(ApiClient.json(api.get("/api/plans/" + plan + "/items/T1.3%20a)")).get("comment").isNull()).isTrue();

		HttpResponse<String> saved = apply(admin, page, List.of());

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + plan);
		assertThat(admin.get("/plans/" + plan).body()).contains("2 endring(er) fra regnearket er lagret.");
		assertThat(ApiClient.json(api.get("/api/plans/" + plan + "/items/T1.3%20a)")).get("comment").asString())
			.isEqualTo("Kommentar fra regnearket");
	}

	@Test
	void aConflictShowsBothValuesAndAsksForAChoice() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		byte[] workbook = Workbooks.edit(api.download(plan),
				book -> Workbooks.set(book.getSheetAt(0), "T1.3 b)", "Kommentar", "Regnearkets kommentar"));
		JsonNode item = ApiClient.json(api.get("/api/plans/" + plan + "/items/T1.3%20b)"));
		((ObjectNode) item).put("comment", "Plansporets kommentar");
		assertThat(api.send("PUT", "/api/plans/" + plan + "/items/T1.3%20b)", item.toString()).statusCode()).isEqualTo(200);

		Document page = Html.page(preview(admin, workbook).body());
		var conflict = Html.one(page, "fieldset.workbook-conflict");
		assertThat(conflict.text()).contains("T1.3 b): kommentar", "Regnearkets kommentar", "Plansporets kommentar",
				"Bruk regnearkets", "Behold Plansporets");
		String choice = Html.one(conflict, "input[value=workbook]").attr("name");

		HttpResponse<String> unchosen = apply(admin, page, List.of());
		assertThat(unchosen.statusCode()).isEqualTo(409);
		assertThat(unchosen.body()).contains("Velg regnearkets eller Plansporets verdi for hver konflikt");

		HttpResponse<String> chosen = apply(admin, page, List.of(Map.entry(choice, "workbook")));
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(ApiClient.json(api.get("/api/plans/" + plan + "/items/T1.3%20b)")).get("comment").asString())
			.isEqualTo("Regnearkets kommentar");
	}

	@Test
	void problemsAreListedBySheetRowAndColumnAndARefusedFileSaysWhy() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		byte[] workbook = Workbooks.edit(api.download(plan),
				book -> Workbooks.set(book.getSheetAt(0), "T1.3 c)", "Status", "Kanskje"));
		int row = Workbooks.row(WorkbookRoundTripTest.workbook(workbook).getSheetAt(0), "Tiltak", "T1.3 c)").getRowNum() + 1;

		Document page = Html.page(preview(admin, workbook).body());

		assertThat(Html.one(page, "#workbook-problems").text())
			.contains("Ark Tiltak, rad " + row + ", kolonne Status: «Kanskje» er ikke en status.");
		assertThat(page.select("button[type=submit]").eachText()).doesNotContain("Lagre endringene");

		HttpResponse<String> refused = preview(admin, "ikke et regneark".getBytes());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Filen er ikke en Excel-arbeidsbok (.xlsx).");
	}
}
