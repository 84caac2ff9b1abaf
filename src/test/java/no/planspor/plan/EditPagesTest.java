package no.planspor.plan;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.web.EditPaths;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing pages as a browser uses them without JavaScript: forms that name every problem beside
 * its field and keep what was typed, conflict messages (an item's own in {@link ItemConflictPagesTest}), delete that asks
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
		Document page = Html.page(answer.body());
		Element summary = one(page, ".error-summary");
		assertThat(summary.classNames()).contains("alert", "alert--error");
		assertThat(summary.text()).contains("Skjemaet har 4 feil", "Kode: Fyll ut feltet.", "Skriv datoen som åååå-mm-dd",
				"Punktet «Finnes ikke» finnes ikke i planen.");
		assertThat(summary.select("a").eachAttr("href")).containsExactlyInAnyOrder("#code", "#title", "#deadline", "#seeAlso");
		Element code = one(page, "input#code");
		assertThat(code.attr("aria-invalid")).isEqualTo("true");
		assertThat(code.attr("aria-describedby")).isEqualTo("code-hint code-error");
		assertThat(one(page, "input#title").val()).isEqualTo(fields.get("title"));
		assertThat(one(page, "input#deadline").val()).isEqualTo("31.02.2027");
		assertThat(one(page, "textarea#seeAlso").val()).isEqualTo("T1.1 b)\nFinnes ikke");
		assertThat(plans.tree(plan).item("T1.1 a)").orElseThrow().version()).isZero();
	}

	@Test
	void deletingAsksFirstListsWhatGoesAndCanBeUndone() {
		String confirm = admin.get(EditPaths.item(plan, "2") + "/delete").body();
		assertThat(Html.page(confirm).text()).contains("Slette mål 2?", "Dette slettes: punktet, 11 punkter under det og 12 indikatorer.",
				"T2.1 c)", "historikken beholdes");
		assertThat(plans.tree(plan).item("2")).isPresent();

		HttpResponse<String> deleted = admin.postForm(EditPaths.item(plan, "2") + "/delete",
				Map.of("version", "0", "_csrf", WebSession.csrfToken(confirm)));

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).contains("/edit/items");
		assertThat(plans.tree(plan).item("2")).isEmpty();
		assertThat(plans.tree(plan).item("T2.1 c)")).isEmpty();
		String archive = admin.get(EditPaths.editPlan(plan) + "/archive").body();
		long id = db.sql("select id from plan_item where plan_id = :plan and code = '2'")
			.param("plan", plans.get(plan).id()).query(Long.class).single();
		Element archived = one(Html.page(archive), "li#archived-" + id);
		assertThat(one(archived, "h2").text()).isEqualTo("Mål 2");
		assertThat(archived.text()).contains("med 11 punkter under seg");
		HttpResponse<String> restored = admin.postForm(EditPaths.editPlan(plan) + "/archive/" + id + "/restore",
				Map.of("_csrf", WebSession.csrfToken(archive)));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(plans.tree(plan).item("2").orElseThrow().children()).hasSize(11);
	}

	@Test
	void reorderingWorksWithoutJavaScriptAndAnswersTheTreeToHtmx() {
		String page = admin.get(EditPaths.structure(plan, null)).body();
		Element down = one(Html.page(page), "button[aria-label='Flytt T1.1 a) ned']");
		assertThat(down.attr("value")).isEqualTo("down");
		assertThat(down.closest("form").attr("hx-post")).isEqualTo(down.closest("form").attr("action"));

		HttpResponse<String> plain = admin.postForm(EditPaths.item(plan, "T1.1 a)") + "/reorder",
				Map.of("direction", "down", "version", "0", "_csrf", WebSession.csrfToken(page)));
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("/edit/items#item-");

		WebSession htmx = admin.header("HX-Request", "true");
		HttpResponse<String> fragment = htmx.postForm(EditPaths.item(plan, "T1.1 a)") + "/reorder",
				Map.of("direction", "up", "version", "1", "_csrf", WebSession.csrfToken(page)));
		assertThat(fragment.statusCode()).isEqualTo(200);
		Element tree = Html.fragment(fragment.body());
		one(tree, "#item-tree");
		assertThat(tree.select("[hx-swap-oob=true]")).isNotEmpty();
		assertThat(tree.text()).contains("T1.1 a) er flyttet opp, til plass 1 av 14.");
		assertThat(tree.select("[data-refocus]")).isNotEmpty();
		assertThat(plans.tree(plan).item("1").orElseThrow().children().get(0).code()).isEqualTo("T1.1 a)");
		HttpResponse<String> stale = htmx.postForm(EditPaths.item(plan, "T1.1 a)") + "/reorder",
				Map.of("direction", "down", "version", "0", "_csrf", WebSession.csrfToken(page)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(Html.page(stale.body()).text()).contains("Noen andre endret planen i mellomtiden");
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
		Document refusedPage = Html.page(refused.body());
		assertThat(one(refusedPage, ".error-summary").select("a").eachAttr("href")).contains("#title", "#code", "#periodFrom");
		assertThat(one(refusedPage, "input#code").val()).isEqualTo("Store Bokstaver");
		assertThat(one(refusedPage, "input#periodFrom").val()).isEqualTo("tjuetjuefem");

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
		String editLink = "a[href='/plans/" + plan + "/items/T1.1%20a)/edit']";

		WebSession asEditor = WebSession.signedIn(port, editor, AccountFixtures.PASSWORD);
		one(page(asEditor, EditPaths.item(plan, "T1.1 a)")), editLink);
		one(page(asEditor, EditPaths.plan(plan)), "a[href='/plans/" + plan + "/edit/items']");
		one(page(asEditor, "/"), "a[href=/plans/new]");
		for (String path : List.of(EditPaths.editItem(plan, "T1.1 a)"), EditPaths.editPlan(plan),
				EditPaths.structure(plan, null), EditPaths.editPlan(plan) + "/parties", "/plans/new")) {
			assertThat(asEditor.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(page(asEditor, EditPaths.item(tik, "1a")).select("[href*=/items/1a/edit]")).isEmpty();
		for (String path : List.of(EditPaths.editItem(tik, "1a"), EditPaths.editPlan(tik), EditPaths.structure(tik, null),
				EditPaths.item(tik, "1a") + "/delete", "/admin/units")) {
			assertThat(asEditor.get(path).statusCode()).as(path).isEqualTo(403);
		}

		for (String user : List.of(reader, contributor)) {
			WebSession session = WebSession.signedIn(port, user, AccountFixtures.PASSWORD);
			String itemPage = session.get(EditPaths.item(plan, "T1.1 a)")).body();
			assertThat(Html.page(itemPage).select(editLink)).as(user).isEmpty();
			assertThat(one(Html.page(itemPage), "#history-title").text()).as(user).isEqualTo("Endringshistorikk");
			assertThat(page(session, "/").select("a[href=/plans/new]")).as(user).isEmpty();
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
	void theItemHistorySaysRecordedValuesInTheReadersWordsOldRowsToo() {
		long itemId = plans.tree(plan).item("T1.4 a)").orElseThrow().id();
		long planId = plans.get(plan).id();
		String insert = """
				insert into audit_event (actor, action, entity_type, entity_id, plan_id, item_id, label, field, old_value, new_value)
				values ('system', 'RECORDED', :type, 1, :plan, :item, 'T1.4 a)', :field, null, :value)
				""";
		db.sql(insert).param("type", "STATUS").param("plan", planId).param("item", itemId).param("field", "state")
			.param("value", "[\"status\",\"DELAYED\",\"2026-12-03\",null]").update();
		db.sql(insert).param("type", "MEASUREMENT").param("plan", planId).param("item", itemId).param("field", "value")
			.param("value", "2 per 2026-11-02 (MANUAL)").update();

		Element history = one(page(admin, EditPaths.item(plan, "T1.4 a)")), "#history");
		assertThat(history.select(".history-list__change").eachText())
			.anySatisfy(line -> assertThat(line).contains("Forsinket per 3. desember 2026").doesNotContain("(tom)"))
			.anySatisfy(line -> assertThat(line).contains("2 per 2. november 2026, registrert for hånd"))
			.noneSatisfy(line -> assertThat(line).containsAnyOf("DELAYED", "MANUAL", "2026-12-03"));
		Element english = one(page(admin, EditPaths.item(plan, "T1.4 a)") + "?lang=en"), "#history");
		assertThat(english.select(".history-list__change").eachText())
			.anySatisfy(line -> assertThat(line).contains("Delayed as of 3 December 2026"))
			.anySatisfy(line -> assertThat(line).contains("2 as of 2 November 2026, entered by hand"));
	}

	@Test
	void theItemPageShowsItsHistoryWithFieldNamesInTheReadersLanguage() {
		ApiCalls api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		ObjectNode item = api.item(plan, "T1.4 b)");
		item.put("comment", "Ny kommentar");
		assertThat(api.putItem(plan, "T1.4 b)", item).statusCode()).isEqualTo(200);

		Document nb = page(admin, EditPaths.item(plan, "T1.4 b)"));
		assertThat(one(nb, "#history-title").text()).isEqualTo("Endringshistorikk");
		Element change = one(nb, "#history li.history-list__entry:has(ins:containsOwn(Ny kommentar))");
		assertThat(one(change, "ins").text()).isEqualTo("Ny kommentar");
		assertThat(one(change, ".history-list__field").text()).isEqualTo("Kommentar");
		assertThat(one(change, ".badge").text()).isEqualTo("Endret");
		Document en = page(admin, EditPaths.item(plan, "T1.4 b)") + "?lang=en");
		assertThat(one(en, "#history-title").text()).isEqualTo("Change history");
		Element changed = one(en, "#history li.history-list__entry:has(ins:containsOwn(Ny kommentar))");
		assertThat(one(changed, ".history-list__field").text()).isEqualTo("Comment");
		assertThat(one(changed, ".badge").text()).isEqualTo("Changed");
		admin.get("/?lang=nb");
	}

	@Test
	void aPartyThatAnswersForItemsIsOnlyDeletedWhenThePersonTicksTheBox() {
		PartyEditing.EditableParty crai = editing.parties(plan).stream().filter(p -> p.code().equals("CRAI")).findFirst()
			.orElseThrow();
		String path = EditPaths.editPlan(plan) + "/parties/" + crai.id() + "/delete";
		String confirm = admin.get(path).body();
		Element question = one(Html.page(confirm), "section.confirm");
		assertThat(one(question, "h2").text()).isEqualTo("Slette CRAI – CRAI?");
		assertThat(question.select("a").eachText()).contains("T1.3 c)");
		assertThat(one(question, "label[for=removeFromItems]").text()).startsWith("Ta CRAI av disse");

		HttpResponse<String> unticked = admin.postForm(path,
				Map.of("version", String.valueOf(crai.version()), "_csrf", WebSession.csrfToken(confirm)));
		assertThat(unticked.statusCode()).isEqualTo(400);
		Document untickedPage = Html.page(unticked.body());
		assertThat(one(untickedPage, ".error-summary").select("a").eachAttr("href")).contains("#removeFromItems");
		assertThat(one(untickedPage, "input#removeFromItems").attr("aria-invalid")).isEqualTo("true");
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
		Document units = Html.page(list);
		assertThat(units.text()).contains("Oslo universitetssykehus HF");
		assertThat(units.select("a[href=/admin/units/KRN]")).isNotEmpty();
		String code = ("U" + EditingPlans.fresh("x").substring(2)).toUpperCase();

		HttpResponse<String> bad = admin.postForm("/admin/units", Map.of("code", "to ord", "name", "", "parentCode", "OUS",
				"_csrf", WebSession.csrfToken(list)));
		assertThat(bad.statusCode()).isEqualTo(400);
		Document badPage = Html.page(bad.body());
		assertThat(one(badPage, ".error-summary").select("a").eachAttr("href")).contains("#code", "#name");
		assertThat(one(badPage, "input#code").val()).isEqualTo("to ord");

		HttpResponse<String> created = admin.postForm("/admin/units", Map.of("code", code, "name", "Testavdelingen",
				"parentCode", "KRN", "_csrf", WebSession.csrfToken(list)));
		assertThat(created.statusCode()).isEqualTo(302);
		String unitPage = admin.get("/admin/units/" + code).body();
		assertThat(Html.page(unitPage).text()).contains("Testavdelingen");
		assertThat(one(Html.page(unitPage), "select[name=parentCode] option[selected]").val()).isEqualTo("KRN");
		HttpResponse<String> stale = admin.postForm("/admin/units/" + code, Map.of("name", "Nytt navn", "parentCode", "",
				"version", "7", "_csrf", WebSession.csrfToken(unitPage)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(one(Html.page(stale.body()), "#conflict").text()).contains("Noen andre har lagret endringer", "Testavdelingen",
				"Nytt navn");
	}

	/** The form on the page that posts to an item's edit address. */
	private static FormElement editForm(Document page) {
		return (FormElement) one(page, "form[action$=/edit]");
	}

	/** The named fields of the item's edit form, as the browser would send them. */
	private static Map<String, String> formOf(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		// One value per name: tests pick items whose lists hold one code.
		editForm(Html.page(html)).formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
		assertThat(fields).containsKeys("_csrf", "version", "kind", "code", "text");
		return fields;
	}

	private static Document page(WebSession session, String path) {
		HttpResponse<String> answer = session.get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Html.page(answer.body());
	}
}
