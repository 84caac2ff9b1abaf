package no.planspor.plan;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

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
		String list = flat(editor.get("/plans/" + plan + "/shortlists").body());
		assertThat(list).contains("<h2 id=\"new-title\">Ny kortliste</h2>").contains(">Kortliste 2026-2027</a>");

		HttpResponse<String> created = post(editor, "/plans/" + plan + "/shortlists",
				Map.of("shortlistCode", "2028-2029", "title", "Kortliste 2028-2029"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow())
			.endsWith("/plans/" + plan + "/shortlists/2028-2029");

		String page = flat(editor.get("/plans/" + plan + "/shortlists/2028-2029").body());
		assertThat(page).contains("Kortlisten «Kortliste 2028-2029» er opprettet.")
			.contains("<h1>Kortliste 2028-2029</h1>")
			.contains("name=\"item\" value=\"T1.1 a)\"")
			.contains("Lagret nå: ingen punkter");
		// Every measure is offered, grouped by goal.
		assertThat(count(page, "name=\"item\"")).isEqualTo(measures(plan));
		assertThat(page).contains("<legend>Mål 1: Drive forskning som forbedrer klinisk praksis</legend>");
	}

	@Test
	void badInputComesBackWithTheProblemsNextToTheFieldsAndNothingWritten() {
		String plan = krnCopy();
		long before = AccountFixtures.count(db, "shortlist");
		HttpResponse<String> refused = post(editor, "/plans/" + plan + "/shortlists",
				Map.of("shortlistCode", "2026-2027", "title", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		String page = flat(refused.body());
		assertThat(page).contains("class=\"alert alert--error error-summary\"")
			.contains("Skjemaet har 2 feil")
			.contains("<a href=\"#shortlistCode\">Planen har allerede en kortliste med koden «2026-2027».</a>")
			.contains("<a href=\"#title\">Skriv inn et navn på kortlisten.</a>")
			.containsPattern("id=\"shortlistCode\" name=\"shortlistCode\" value=\"2026-2027\"[^>]*aria-invalid=\"true\"")
			.containsPattern("aria-describedby=\"shortlistCode-hint shortlistCode-error\"");
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
		String after = flat(editor.get("/plans/" + plan + "/shortlists/2026-2027").body());
		assertThat(after).contains("Kortlisten «Kortliste 2026-2027» er lagret: 2 punkter.")
			.containsPattern("value=\"T1.1 a\\)\" id=\"[^\"]+\" checked");

		// The same page again, with its old version: refused, nothing changed, both versions shown.
		HttpResponse<String> stale = postPairs(editor, "/plans/" + plan + "/shortlists/2026-2027/items", page,
				"version", version, "item", "T3.3 a)");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(flat(stale.body())).contains("Noen andre har endret kortlisten mens du valgte.")
			.contains("Du ville legge til: T3.3 a)")
			.contains("Du ville ta av: T1.1 a), T2.1 a)")
			.containsPattern("name=\"version\" value=\"" + (Integer.parseInt(version) + 1) + "\"");
		assertThat(onList(plan)).containsExactly("T1.1 a)", "T2.1 a)");
	}

	@Test
	void renamingAndDeletingFromThePage() {
		String plan = krnCopy();
		String page = editor.get("/plans/" + plan + "/shortlists/2026-2027").body();
		assertThat(flat(page)).contains("<details class=\"confirm\">")
			.contains("Slette «Kortliste 2026-2027» med ingen punkter?");

		HttpResponse<String> renamed = postPairs(editor, "/plans/" + plan + "/shortlists/2026-2027", page,
				"version", version(page), "shortlistCode", "2026-27", "title", "Prioritet 2026-2027");
		assertThat(renamed.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + plan + "/shortlists/2026-27");
		HttpResponse<String> staleRename = postPairs(editor, "/plans/" + plan + "/shortlists/2026-27", page,
				"version", version(page), "shortlistCode", "x", "title", "Gammelt navn");
		assertThat(staleRename.statusCode()).isEqualTo(409);
		assertThat(flat(staleRename.body())).contains("Noen andre har endret kortlisten mens du redigerte.")
			.contains("<td>Prioritet 2026-2027</td><td>Gammelt navn</td>");

		String current = editor.get("/plans/" + plan + "/shortlists/2026-27").body();
		HttpResponse<String> deleted = postPairs(editor, "/plans/" + plan + "/shortlists/2026-27/delete", current,
				"version", version(current));
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + plan + "/shortlists");
		assertThat(flat(editor.get("/plans/" + plan + "/shortlists").body()))
			.contains("Kortlisten «Prioritet 2026-2027» er slettet.")
			.contains("Planen har ingen kortlister ennå.");
		assertThat(editor.get("/plans/" + plan + "/shortlists/2026-27").statusCode()).isEqualTo(404);
	}

	@Test
	void readersSeeTheListsButNoFormsAndTheServerRefusesTheirPosts() {
		String plan = krnCopy();
		String page = flat(reader.get("/plans/" + plan + "/shortlists/2026-2027").body());
		assertThat(page).contains("<h1>Kortliste 2026-2027</h1>").contains("Ingen punkter står på kortlisten ennå.")
			.doesNotContain("name=\"item\"").doesNotContain("Slett kortlisten");
		assertThat(flat(reader.get("/plans/" + plan + "/shortlists").body())).doesNotContain("Ny kortliste")
			.contains("Bare redaktører for planens enhet og administratorer kan endre kortlistene.");

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
		String page = flat(editor.get(item).body());
		assertThat(page).contains("<h2 id=\"shortlist-card-title\">Kortlister</h2>")
			.contains("<span>Legg på</span><span class=\"visually-hidden\"> – Kortliste 2026-2027</span>");
		assertThat(flat(reader.get(item).body())).doesNotContain("shortlist-card-title");

		HttpResponse<String> on = editor.postForm(item + "/shortlists",
				Map.of("shortlist", "2026-2027", "on", "true", "_csrf", WebSession.csrfToken(editor.get(item).body())));
		assertThat(on.headers().firstValue("Location").orElseThrow()).endsWith(item);
		assertThat(onList(plan)).containsExactly("T1.1 a)");
		assertThat(flat(editor.get(item).body())).contains("T1.1 a) står nå på «Kortliste 2026-2027».")
			.contains("<span>Ta av</span>");

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

	private static String version(String page) {
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(matcher.find()).as("a version field").isTrue();
		return matcher.group(1);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	private static String flat(String html) {
		return html.replaceAll("\\s+", " ");
	}
}
