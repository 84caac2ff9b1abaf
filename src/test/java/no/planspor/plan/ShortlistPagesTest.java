package no.planspor.plan;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;

/**
 * The shortlist pages as editors and readers get them: forms only for the unit's editors (and the
 * server refusing everyone else), problems next to their fields, a stale save shown as a conflict,
 * deleting behind a question, and the item page's buttons.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortlistPagesTest {

	static final String UNIT = "SLP";

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	WebSession editor;

	WebSession reader;

	@BeforeAll
	void people() {
		krnCopy();
		String editorName = AccountFixtures.unique("slp-editor");
		long editorId = AccountFixtures.user(accounts, editorName, Role.EDITOR);
		AccountFixtures.grantUnit(db, editorId, AccountFixtures.unitId(db, UNIT));
		String readerName = AccountFixtures.unique("slp-reader");
		AccountFixtures.user(accounts, readerName, Role.READER);
		editor = WebSession.signedIn(port, editorName, AccountFixtures.PASSWORD);
		reader = WebSession.signedIn(port, readerName, AccountFixtures.PASSWORD);
	}

	@Test
	void anEditorCreatesAShortlistAndLandsOnItsPage() {
		String plan = krnCopy();
		Document list = page(editor, "/plans/" + plan + "/shortlists");
		assertThat(one(list, "h2#new-title").text()).isEqualTo("Ny kortliste");
		assertThat(list.select("a").eachText()).contains("Kortliste 2026-2027");

		HttpResponse<String> created = post(editor, "/plans/" + plan + "/shortlists",
				Map.of("shortlistCode", "2028-2029", "title", "Kortliste 2028-2029"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow())
			.endsWith("/plans/" + plan + "/shortlists/2028-2029");

		Document page = page(editor, "/plans/" + plan + "/shortlists/2028-2029");
		assertThat(page.text()).contains("Kortlisten «Kortliste 2028-2029» er opprettet.").contains("Lagret nå: ingen punkter");
		assertThat(one(page, "h1").text()).isEqualTo("Kortliste 2028-2029");
		// Every measure is offered, grouped by goal.
		Elements items = page.select("input[name=item]");
		assertThat(items).hasSize((int) measures(plan));
		assertThat(items.eachAttr("value")).contains("T1.1 a)");
		assertThat(page.select("fieldset legend").eachText()).contains("Mål 1: Drive forskning som forbedrer klinisk praksis");
	}

	@Test
	void badInputComesBackWithTheProblemsNextToTheFieldsAndNothingWritten() {
		String plan = krnCopy();
		long before = AccountFixtures.count(db, "shortlist");
		HttpResponse<String> refused = post(editor, "/plans/" + plan + "/shortlists",
				Map.of("shortlistCode", "2026-2027", "title", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		Document page = Html.page(refused.body());
		Element summary = one(page, ".error-summary");
		assertThat(summary.classNames()).contains("alert", "alert--error");
		assertThat(summary.text()).contains("Skjemaet har 2 feil");
		assertThat(one(summary, "a[href=#shortlistCode]").text()).isEqualTo("Planen har allerede en kortliste med koden «2026-2027».");
		assertThat(one(summary, "a[href=#title]").text()).isEqualTo("Skriv inn et navn på kortlisten.");
		Element code = one(page, "input#shortlistCode");
		assertThat(code.attr("name")).isEqualTo("shortlistCode");
		assertThat(code.val()).isEqualTo("2026-2027");
		assertThat(code.attr("aria-invalid")).isEqualTo("true");
		assertThat(code.attr("aria-describedby")).isEqualTo("shortlistCode-hint shortlistCode-error");
		assertThat(AccountFixtures.count(db, "shortlist")).isEqualTo(before);
	}

	@Test
	void theItemsAreSavedFromTheCheckboxesAndAStaleSaveIsAConflict() {
		String plan = krnCopy();
		String page = editor.get("/plans/" + plan + "/shortlists/2026-2027").body();
		String version = version(page);

		HttpResponse<String> saved = postPairs(editor, "/plans/" + plan + "/shortlists/2026-2027/items", page,
				"version", version, "item", "T1.1 a)", "item", "T2.1 a)");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(onList(plan)).containsExactly("T1.1 a)", "T2.1 a)");
		Document after = page(editor, "/plans/" + plan + "/shortlists/2026-2027");
		assertThat(after.text()).contains("Kortlisten «Kortliste 2026-2027» er lagret: 2 punkter.");
		assertThat(after.select("input[name=item][checked]").eachAttr("value")).containsExactly("T1.1 a)", "T2.1 a)");

		// The same page again, with its old version: refused, nothing changed, both versions shown.
		HttpResponse<String> stale = postPairs(editor, "/plans/" + plan + "/shortlists/2026-2027/items", page,
				"version", version, "item", "T3.3 a)");
		assertThat(stale.statusCode()).isEqualTo(409);
		Document conflict = Html.page(stale.body());
		assertThat(one(conflict, "#items-conflict").text()).contains("Noen andre har endret kortlisten mens du valgte.")
			.contains("Du ville legge til: T3.3 a)")
			.contains("Du ville ta av: T1.1 a), T2.1 a)");
		assertThat(one(conflict, "form.shortlist-form input[name=version]").val())
			.isEqualTo(String.valueOf(Integer.parseInt(version) + 1));
		assertThat(onList(plan)).containsExactly("T1.1 a)", "T2.1 a)");
	}

	@Test
	void renamingAndDeletingFromThePage() {
		String plan = krnCopy();
		String page = editor.get("/plans/" + plan + "/shortlists/2026-2027").body();
		Element confirm = one(Html.page(page), "details.confirm");
		assertThat(confirm.hasAttr("open")).isFalse();
		assertThat(one(confirm, "form strong").text()).isEqualTo("Slette «Kortliste 2026-2027» med ingen punkter?");

		HttpResponse<String> renamed = postPairs(editor, "/plans/" + plan + "/shortlists/2026-2027", page,
				"version", version(page), "shortlistCode", "2026-27", "title", "Prioritet 2026-2027");
		assertThat(renamed.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + plan + "/shortlists/2026-27");
		HttpResponse<String> staleRename = postPairs(editor, "/plans/" + plan + "/shortlists/2026-27", page,
				"version", version(page), "shortlistCode", "x", "title", "Gammelt navn");
		assertThat(staleRename.statusCode()).isEqualTo(409);
		Element renameConflict = one(Html.page(staleRename.body()), "#rename-conflict");
		assertThat(renameConflict.text()).contains("Noen andre har endret kortlisten mens du redigerte.");
		assertThat(renameConflict.select("tbody tr").stream().map(row -> row.select("td").eachText()))
			.contains(List.of("Prioritet 2026-2027", "Gammelt navn"));

		String current = editor.get("/plans/" + plan + "/shortlists/2026-27").body();
		HttpResponse<String> deleted = postPairs(editor, "/plans/" + plan + "/shortlists/2026-27/delete", current,
				"version", version(current));
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + plan + "/shortlists");
		assertThat(page(editor, "/plans/" + plan + "/shortlists").text())
			.contains("Kortlisten «Prioritet 2026-2027» er slettet.")
			.contains("Planen har ingen kortlister ennå.");
		assertThat(editor.get("/plans/" + plan + "/shortlists/2026-27").statusCode()).isEqualTo(404);
	}

	@Test
	void readersSeeTheListsButNoFormsAndTheServerRefusesTheirPosts() {
		String plan = krnCopy();
		Document page = page(reader, "/plans/" + plan + "/shortlists/2026-2027");
		assertThat(one(page, "h1").text()).isEqualTo("Kortliste 2026-2027");
		assertThat(page.text()).contains("Ingen punkter står på kortlisten ennå.").doesNotContain("Slett kortlisten");
		assertThat(page.select("input[name=item], form[method=post][action*=/shortlists/]")).isEmpty();
		Document lists = page(reader, "/plans/" + plan + "/shortlists");
		assertThat(lists.text()).doesNotContain("Ny kortliste")
			.contains("Bare redaktører for planens enhet og administratorer kan endre kortlistene.");
		assertThat(lists.select("form[method=post][action*=/shortlists]")).isEmpty();

		String token = WebSession.csrfToken(reader.get("/").body());
		assertThat(reader.postForm("/plans/" + plan + "/shortlists",
				Map.of("shortlistCode", "x", "title", "X", "_csrf", token)).statusCode()).isEqualTo(403);
		assertThat(reader.postForm("/plans/" + plan + "/shortlists/2026-2027/items",
				Map.of("item", "T1.1 a)", "version", "0", "_csrf", token)).statusCode()).isEqualTo(403);
		assertThat(reader.postForm("/plans/" + plan + "/items/T1.1%20a)/shortlists",
				Map.of("shortlist", "2026-2027", "on", "true", "_csrf", token)).statusCode()).isEqualTo(403);
		assertThat(onList(plan)).isEmpty();
	}

	@Test
	void theItemPageOffersEditorsToPutTheItemOnAndOff() {
		String plan = krnCopy();
		String item = "/plans/" + plan + "/items/T1.1%20a)";
		Element card = one(page(editor, item), "section.shortlist-card");
		assertThat(one(card, "h2#shortlist-card-title").text()).isEqualTo("Kortlister");
		Element putOn = one(card, "button");
		assertThat(putOn.text()).isEqualTo("Legg på – Kortliste 2026-2027");
		assertThat(one(putOn, ".visually-hidden").text()).isEqualTo("– Kortliste 2026-2027");
		assertThat(page(reader, item).select("#shortlist-card-title, .shortlist-card")).isEmpty();

		HttpResponse<String> on = editor.postForm(item + "/shortlists",
				Map.of("shortlist", "2026-2027", "on", "true", "_csrf", WebSession.csrfToken(editor.get(item).body())));
		assertThat(on.headers().firstValue("Location").orElseThrow()).endsWith(item);
		assertThat(onList(plan)).containsExactly("T1.1 a)");
		Document after = page(editor, item);
		assertThat(after.text()).contains("T1.1 a) står nå på «Kortliste 2026-2027».");
		assertThat(one(after, "section.shortlist-card button").text()).isEqualTo("Ta av – Kortliste 2026-2027");

		// "back" leads only within the plans.
		HttpResponse<String> off = editor.postForm(item + "/shortlists", Map.of("shortlist", "2026-2027", "on", "false",
				"back", "//evil.example/", "_csrf", WebSession.csrfToken(editor.get(item).body())));
		assertThat(off.headers().firstValue("Location").orElseThrow()).doesNotContain("evil").endsWith(item);
		assertThat(onList(plan)).isEmpty();
	}

	private java.util.List<String> onList(String plan) {
		return plans.tree(plan).allItems().filter(item -> item.isOn("2026-2027")).map(PlanItem::code).toList();
	}

	private long measures(String plan) {
		return plans.tree(plan).allItems().filter(item -> item.kind() == ItemKind.MEASURE).count();
	}

	private String krnCopy() {
		String code = EditingPlans.fresh("slpages");
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", UNIT).put("name", "Kortlistesidetestklinikken");
		PlanDocuments.importAsSystem(exchange, doc);
		return code;
	}

	private static HttpResponse<String> post(WebSession session, String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", WebSession.csrfToken(session.get(path).body()));
		return session.postForm(path, form);
	}

	/** Posts name/value pairs, names repeated as a form with checkboxes sends them, with the page's CSRF token. */
	private static HttpResponse<String> postPairs(WebSession session, String path, String page, String... pairs) {
		StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(WebSession.csrfToken(page), StandardCharsets.UTF_8));
		for (int i = 0; i < pairs.length; i += 2) {
			body.append('&').append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		try {
			return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The version the page's first form sends. */
	private static String version(String page) {
		Element field = Html.page(page).selectFirst("input[name=version]");
		assertThat(field).as("a version field").isNotNull();
		assertThat(field.val()).matches("\\d+");
		return field.val();
	}

	private static Document page(WebSession session, String path) {
		HttpResponse<String> answer = session.get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Html.page(answer.body());
	}
}
