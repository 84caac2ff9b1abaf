package no.planspor.plan;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.web.EditPaths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing pages as a browser uses them without JavaScript: forms that name every problem beside
 * its field and keep what was typed, the conflict message with the newer values, delete that asks
 * first, and who sees and may use what.
 */
@PlansporTest
class EditPagesTest {

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

	@Autowired
	PartyEditing editing;

	String plan;

	WebSession admin;

	@BeforeEach
	void copy() {
		plan = EditingPlans.krnWithStrategy(exchange).plan();
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	@Test
	void theEditFormNamesEveryProblemBesideItsFieldAndKeepsWhatWasTyped() {
		String edit = EditPaths.editItem(plan, "T1.1 a)");
		String form = admin.get(edit).body();
		Map<String, String> fields = formOf(form);
		fields.put("code", "");
		fields.put("title", "Tittel som skal stå igjen " + "x".repeat(Limits.TITLE));
		fields.put("deadline", "31.02.2027");
		fields.put("seeAlso", "T1.1 b)\nFinnes ikke");

		HttpResponse<String> answer = admin.postForm(edit, fields);

		assertThat(answer.statusCode()).isEqualTo(400);
		String page = answer.body();
		assertThat(page).contains("class=\"alert alert--error error-summary\"", "Skjemaet har 4 feil");
		assertThat(page).contains("href=\"#code\"", "href=\"#title\"", "href=\"#deadline\"", "href=\"#seeAlso\"");
		assertThat(page).contains("Kode: Fyll ut feltet.", "Skriv datoen som åååå-mm-dd",
				"Punktet «Finnes ikke» finnes ikke i planen.");
		assertThat(page).containsPattern("id=\"code\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"code-hint code-error\"");
		assertThat(page).contains("value=\"Tittel som skal stå igjen", "value=\"31.02.2027\"", "T1.1 b)\nFinnes ikke</textarea>");
		assertThat(plans.tree(plan).item("T1.1 a)").orElseThrow().version()).isZero();
	}

	@Test
	void aStaleSaveShowsTheNewerValuesBesideWhatWasTypedAndOverwritesNothing() {
		// An item with one responsible party and one strategy link: the form is sent as one value per field.
		String edit = EditPaths.editItem(plan, "T1.3 d)");
		Map<String, String> fields = formOf(admin.get(edit).body());
		assertThat(fields).containsEntry("responsible", "CRAI").containsEntry("strategyRefs", "1.3");
		ApiCalls api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		ObjectNode other = api.item(plan, "T1.3 d)");
		other.put("text", "Lagret av en annen i mellomtiden");
		assertThat(api.putItem(plan, "T1.3 d)", other).statusCode()).isEqualTo(200);
		fields.put("text", "Det jeg skrev");
		fields.put("comment", "Min kommentar");

		HttpResponse<String> answer = admin.postForm(edit, fields);

		assertThat(answer.statusCode()).isEqualTo(409);
		String page = answer.body();
		assertThat(page).contains("Noen andre har lagret endringer mens du redigerte",
				"Ingenting av det du skrev er lagret");
		assertThat(page).containsPattern("(?s)<th scope=\"row\">Tekst</th>\\s*<td[^>]*>Lagret av en annen i mellomtiden</td>\\s*<td[^>]*>Det jeg skrev</td>");
		assertThat(page).containsPattern("(?s)<th scope=\"row\">Kommentar</th>\\s*<td[^>]*><span class=\"muted\">\\(tom\\)</span></td>\\s*<td[^>]*>Min kommentar</td>");
		assertThat(page).contains("name=\"version\" value=\"1\"");
		assertThat(page).contains(">Lagret av en annen i mellomtiden</textarea>");
		PlanItem stored = plans.tree(plan).item("T1.3 d)").orElseThrow();
		assertThat(stored.text()).isEqualTo("Lagret av en annen i mellomtiden");
		assertThat(stored.comment()).isNull();

		// Saving again from the newer version goes through.
		Map<String, String> again = formOf(page);
		again.put("comment", "Min kommentar");
		assertThat(admin.postForm(edit, again).statusCode()).isEqualTo(302);
		PlanItem saved = plans.tree(plan).item("T1.3 d)").orElseThrow();
		assertThat(saved.comment()).isEqualTo("Min kommentar");
		assertThat(saved.responsible()).extracting(Party::code).containsExactly("CRAI");
	}

	@Test
	void deletingAsksFirstListsWhatGoesAndCanBeUndone() {
		String confirm = admin.get(EditPaths.item(plan, "2") + "/delete").body();
		assertThat(confirm).contains("Slette mål 2?", "Dette slettes: punktet, 11 punkter under det og 12 indikatorer.",
				"T2.1 c)", "historikken beholdes");
		assertThat(plans.tree(plan).item("2")).isPresent();

		HttpResponse<String> deleted = admin.postForm(EditPaths.item(plan, "2") + "/delete",
				Map.of("version", "0", "_csrf", WebSession.csrfToken(confirm)));

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).contains("/edit/items");
		assertThat(plans.tree(plan).item("2")).isEmpty();
		assertThat(plans.tree(plan).item("T2.1 c)")).isEmpty();
		String archive = admin.get(EditPaths.editPlan(plan) + "/archive").body();
		assertThat(archive).contains("Mål</span> <span>2</span>", "med 11 punkter under seg");
		long id = db.sql("select id from plan_item where plan_id = :plan and code = '2'")
			.param("plan", plans.get(plan).id()).query(Long.class).single();
		HttpResponse<String> restored = admin.postForm(EditPaths.editPlan(plan) + "/archive/" + id + "/restore",
				Map.of("_csrf", WebSession.csrfToken(archive)));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(plans.tree(plan).item("2").orElseThrow().children()).hasSize(11);
	}

	@Test
	void reorderingWorksWithoutJavaScriptAndAnswersTheTreeToHtmx() {
		String page = admin.get(EditPaths.structure(plan, null)).body();
		assertThat(page).contains("aria-label=\"Flytt T1.1 a) ned\"", "hx-post=");

		HttpResponse<String> plain = admin.postForm(EditPaths.item(plan, "T1.1 a)") + "/reorder",
				Map.of("direction", "down", "version", "0", "_csrf", WebSession.csrfToken(page)));
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("/edit/items#item-");

		WebSession htmx = admin.header("HX-Request", "true");
		HttpResponse<String> fragment = htmx.postForm(EditPaths.item(plan, "T1.1 a)") + "/reorder",
				Map.of("direction", "up", "version", "1", "_csrf", WebSession.csrfToken(page)));
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html").contains("id=\"item-tree\"", "hx-swap-oob=\"true\"",
				"T1.1 a) er flyttet opp, til plass 1 av 14.", "data-refocus");
		assertThat(plans.tree(plan).item("1").orElseThrow().children().get(0).code()).isEqualTo("T1.1 a)");
		HttpResponse<String> stale = htmx.postForm(EditPaths.item(plan, "T1.1 a)") + "/reorder",
				Map.of("direction", "down", "version", "0", "_csrf", WebSession.csrfToken(page)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre endret planen i mellomtiden");
	}

	@Test
	void aNewPlanStartsAsADraftAndBadInputIsNamed() {
		String form = admin.get("/plans/new").body();
		String code = EditingPlans.fresh("sider");
		Map<String, String> bad = new LinkedHashMap<>(Map.of("_csrf", WebSession.csrfToken(form), "kind", "ACTION_PLAN",
				"title", "", "code", "Store Bokstaver", "unitCode", EditingPlans.UNIT, "periodFrom", "tjuetjuefem",
				"periodTo", "2029", "parentCode", ""));
		HttpResponse<String> refused = admin.postForm("/plans/new", bad);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("href=\"#title\"", "href=\"#code\"", "href=\"#periodFrom\"",
				"value=\"Store Bokstaver\"", "value=\"tjuetjuefem\"");

		Map<String, String> good = new LinkedHashMap<>(bad);
		good.put("title", "Handlingsplan fra skjema");
		good.put("code", code);
		good.put("periodFrom", "2026");
		HttpResponse<String> created = admin.postForm("/plans/new", good);
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + code + "/edit/items");
		assertThat(plans.get(code).status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void onlyThoseWhoMayEditSeeTheButtonsAndTheServerRefusesTheRest() {
		String editor = AccountFixtures.unique("page-editor");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, editor, Role.EDITOR),
				AccountFixtures.unitId(db, EditingPlans.UNIT));
		String reader = AccountFixtures.unique("page-reader");
		AccountFixtures.user(accounts, reader, Role.READER);
		String contributor = AccountFixtures.unique("page-contributor");
		AccountFixtures.user(accounts, contributor, Role.CONTRIBUTOR);
		String tik = "tik-forskning-2022-2025";
		String editHref = "href=\"/plans/" + plan + "/items/T1.1%20a)/edit\"";

		WebSession asEditor = WebSession.signedIn(port, editor, AccountFixtures.PASSWORD);
		assertThat(asEditor.get(EditPaths.item(plan, "T1.1 a)")).body()).contains(editHref);
		assertThat(asEditor.get(EditPaths.plan(plan)).body()).contains("href=\"/plans/" + plan + "/edit/items\"");
		assertThat(asEditor.get("/").body()).contains("href=\"/plans/new\"");
		for (String path : List.of(EditPaths.editItem(plan, "T1.1 a)"), EditPaths.editPlan(plan),
				EditPaths.structure(plan, null), EditPaths.editPlan(plan) + "/parties", "/plans/new")) {
			assertThat(asEditor.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(asEditor.get(EditPaths.item(tik, "1a")).body()).doesNotContain("/items/1a/edit");
		for (String path : List.of(EditPaths.editItem(tik, "1a"), EditPaths.editPlan(tik), EditPaths.structure(tik, null),
				EditPaths.item(tik, "1a") + "/delete", "/admin/units")) {
			assertThat(asEditor.get(path).statusCode()).as(path).isEqualTo(403);
		}

		for (String user : List.of(reader, contributor)) {
			WebSession session = WebSession.signedIn(port, user, AccountFixtures.PASSWORD);
			String itemPage = session.get(EditPaths.item(plan, "T1.1 a)")).body();
			assertThat(itemPage).as(user).doesNotContain(editHref).contains("Endringshistorikk");
			assertThat(session.get("/").body()).as(user).doesNotContain("href=\"/plans/new\"");
			for (String path : List.of(EditPaths.editItem(plan, "T1.1 a)"), EditPaths.editPlan(plan), "/plans/new",
					"/admin/units")) {
				assertThat(session.get(path).statusCode()).as(user + " " + path).isEqualTo(403);
			}
			HttpResponse<String> post = session.postForm(EditPaths.item(plan, "T1.1 a)") + "/delete",
					Map.of("version", "0", "_csrf", WebSession.csrfToken(itemPage)));
			assertThat(post.statusCode()).as(user).isEqualTo(403);
		}
		assertThat(plans.tree(plan).item("T1.1 a)")).isPresent();
	}

	@Test
	void theItemPageShowsItsHistoryWithFieldNamesInTheReadersLanguage() {
		ApiCalls api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		ObjectNode item = api.item(plan, "T1.4 b)");
		item.put("comment", "Ny kommentar");
		assertThat(api.putItem(plan, "T1.4 b)", item).statusCode()).isEqualTo(200);

		String nb = admin.get(EditPaths.item(plan, "T1.4 b)")).body();
		assertThat(nb).contains("Endringshistorikk", "Kommentar</span>", "<ins>Ny kommentar</ins>", "Endret");
		String en = admin.get(EditPaths.item(plan, "T1.4 b)") + "?lang=en").body();
		assertThat(en).contains("Change history", "Comment</span>", "Changed");
		admin.get("/?lang=nb");
	}

	@Test
	void aPartyThatAnswersForItemsIsOnlyDeletedWhenThePersonTicksTheBox() {
		PartyEditing.EditableParty crai = editing.parties(plan).stream().filter(p -> p.code().equals("CRAI")).findFirst()
			.orElseThrow();
		String path = EditPaths.editPlan(plan) + "/parties/" + crai.id() + "/delete";
		String confirm = admin.get(path).body();
		assertThat(confirm).contains("Slette CRAI – CRAI?", "T1.3 c)", "Ta CRAI av disse");

		HttpResponse<String> unticked = admin.postForm(path,
				Map.of("version", String.valueOf(crai.version()), "_csrf", WebSession.csrfToken(confirm)));
		assertThat(unticked.statusCode()).isEqualTo(400);
		assertThat(unticked.body()).contains("href=\"#removeFromItems\"", "aria-invalid=\"true\"");
		assertThat(plans.tree(plan).parties()).extracting(Party::code).contains("CRAI");

		HttpResponse<String> ticked = admin.postForm(path, Map.of("version", String.valueOf(crai.version()),
				"removeFromItems", "true", "_csrf", WebSession.csrfToken(confirm)));
		assertThat(ticked.statusCode()).isEqualTo(302);
		assertThat(plans.tree(plan).parties()).extracting(Party::code).doesNotContain("CRAI");
		assertThat(plans.tree(plan).item("T1.3 d)").orElseThrow().responsible()).isEmpty();
	}

	@Test
	void adminsKeepTheUnitTreeOnItsPage() {
		String list = admin.get("/admin/units").body();
		assertThat(list).contains("Oslo universitetssykehus HF", "href=\"/admin/units/KRN\"");
		String code = ("U" + EditingPlans.fresh("x").substring(2)).toUpperCase();

		HttpResponse<String> bad = admin.postForm("/admin/units", Map.of("code", "to ord", "name", "", "parentCode", "OUS",
				"_csrf", WebSession.csrfToken(list)));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("href=\"#code\"", "href=\"#name\"", "value=\"to ord\"");

		HttpResponse<String> created = admin.postForm("/admin/units", Map.of("code", code, "name", "Testavdelingen",
				"parentCode", "KRN", "_csrf", WebSession.csrfToken(list)));
		assertThat(created.statusCode()).isEqualTo(302);
		String unitPage = admin.get("/admin/units/" + code).body();
		assertThat(unitPage).contains("Testavdelingen").containsPattern("<option value=\"KRN\" selected=\"selected\">");
		HttpResponse<String> stale = admin.postForm("/admin/units/" + code, Map.of("name", "Nytt navn", "parentCode", "",
				"version", "7", "_csrf", WebSession.csrfToken(unitPage)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har lagret endringer", "Testavdelingen", "Nytt navn");
	}

	/** The named fields of the first form on the page that posts to an item's edit address, as the browser would send them. */
	private static Map<String, String> formOf(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", WebSession.csrfToken(html));
		java.util.regex.Matcher inputs = java.util.regex.Pattern
			.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*?>", java.util.regex.Pattern.DOTALL).matcher(html);
		while (inputs.find()) {
			String tag = inputs.group(0);
			String name = inputs.group(1);
			if (name.equals("_csrf") || name.equals("itemVersion") || name.equals("text") && tag.contains("hidden")) {
				continue;
			}
			boolean box = tag.contains("type=\"checkbox\"") || tag.contains("type=\"radio\"");
			if (box && !tag.contains("checked")) {
				continue;
			}
			java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
			String v = value.find() ? value.group(1).replace("&amp;", "&") : "";
			// One value per name: tests pick items whose lists hold one code.
			fields.putIfAbsent(name, v);
		}
		java.util.regex.Matcher areas = java.util.regex.Pattern
			.compile("<textarea[^>]*?id=\"([^\"]+)\"[^>]*?name=\"([^\"]+)\"[^>]*?>([^<]*)</textarea>").matcher(html);
		while (areas.find()) {
			if (areas.group(1).equals(areas.group(2))) {
				fields.put(areas.group(2), areas.group(3).replace("&amp;", "&"));
			}
		}
		fields.putIfAbsent("kind", "MEASURE");
		return fields;
	}
}
