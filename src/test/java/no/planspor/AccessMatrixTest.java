package no.planspor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;

import static no.planspor.account.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the access rules: ADMIN may do everything; an EDITOR edits the plans of the
 * units granted to them (and records follow-up on them); a CONTRIBUTOR records status and measurements
 * on items one of their parties answers for; a READER reads. Every person × every action is walked over
 * real HTTP, pages (form sign-in, CSRF) and API (HTTP Basic) alike, and each allow and each deny is
 * asserted: allowed means the action's own success answer (and its write), denied means 403 (the error
 * page, or problem JSON) and nothing written. All wrong cells are reported at once.
 *
 * <p>
 * The plan under test is a KRN copy (on a strategy copy of its own) in unit {@value #UNIT}, so nothing
 * shared changes. Its measure {@value #MEASURE} answers to {@value #PARTY} only, and its first indicator
 * has a target; {@value #AFU_MEASURE} answers to RAD 2.0 and {@value #OTHER_PARTY}; {@value #ORPHAN_MEASURE}
 * (and its goal) to nobody.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

	static final String UNIT = "X-ACL";

	static final String UNIT_NAME = "Tilgangstestklinikken";

	/** A measure whose only responsible party is {@link #PARTY}. */
	static final String MEASURE = "T1.3 d)";

	static final String PARTY = "CRAI";

	/** A measure {@link #OTHER_PARTY} answers for (with RAD 2.0), and {@link #PARTY} does not. */
	static final String AFU_MEASURE = "T1.3 a)";

	static final String OTHER_PARTY = "AFU";

	/** A measure nobody answers for, nor does its goal. */
	static final String ORPHAN_MEASURE = "T2.1 c)";

	static final String SHORTLIST = "2026-2027";

	/** Within the plan's period (2025-2029) and in the past. */
	static final String AS_OF = "2025-06-01";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	// The people of the matrix, by name.
	static final String ADMIN = "ADMIN";

	static final String EDITOR = "EDITOR of " + UNIT;

	static final String OTHER_EDITOR = "EDITOR of TIK";

	static final String CONTRIBUTOR = "CONTRIBUTOR, " + PARTY + " in the plan";

	static final String OTHER_CONTRIBUTOR = "CONTRIBUTOR, " + OTHER_PARTY + " in " + UNIT;

	static final String READER = "READER, " + PARTY + " in " + UNIT;

	static final List<String> EVERYONE = List.of(ADMIN, EDITOR, OTHER_EDITOR, CONTRIBUTOR, OTHER_CONTRIBUTOR, READER);

	static final List<String> PLAN_EDITORS = List.of(ADMIN, EDITOR);

	/** Who may do each action (by name); everyone else may not. Derived from the requirement, not the code. */
	static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

	static {
		for (String read : List.of("GET front page", "GET plan page", "GET item page", "GET plan table", "GET /mine",
				"GET export.json", "GET /api/plans", "GET /api/plans/{code}", "GET item API", "GET status API",
				"GET values API")) {
			ALLOWED.put(read, EVERYONE);
		}
		// Importing whole plans is administration (Permissions: "Administer users, import plans, read the audit log").
		ALLOWED.put("POST /api/plans (import)", List.of(ADMIN));
		ALLOWED.put("GET /admin/plans (upload)", List.of(ADMIN));
		// Editing this unit's plans.
		ALLOWED.put("GET item edit form", PLAN_EDITORS);
		ALLOWED.put("POST item edit form", PLAN_EDITORS);
		ALLOWED.put("PUT item API", PLAN_EDITORS);
		ALLOWED.put("GET plan editor", PLAN_EDITORS);
		ALLOWED.put("POST shortlist toggle", PLAN_EDITORS);
		ALLOWED.put("GET target form", PLAN_EDITORS);
		ALLOWED.put("POST target form", PLAN_EDITORS);
		// Any editor may open "Ny plan" (for their own units); only editors of the unit may create a plan in it.
		ALLOWED.put("GET /plans/new", List.of(ADMIN, EDITOR, OTHER_EDITOR));
		ALLOWED.put("POST /plans/new in " + UNIT, PLAN_EDITORS);
		// Follow-up: editors of the unit, and contributors standing for a party that answers for the item.
		List<String> followUp = List.of(ADMIN, EDITOR, CONTRIBUTOR);
		ALLOWED.put("POST status form", followUp);
		ALLOWED.put("POST status API", followUp);
		ALLOWED.put("POST measurement form", followUp);
		ALLOWED.put("POST measurement API", followUp);
		ALLOWED.put("POST status API on " + AFU_MEASURE, List.of(ADMIN, EDITOR, OTHER_CONTRIBUTOR));
		ALLOWED.put("POST status API on " + ORPHAN_MEASURE, PLAN_EDITORS);
		// Administration.
		ALLOWED.put("GET /admin/users", List.of(ADMIN));
		ALLOWED.put("GET /admin/units", List.of(ADMIN));
		ALLOWED.put("GET /admin/audit", List.of(ADMIN));
		ALLOWED.put("GET /admin/mail", List.of(ADMIN));
		ALLOWED.put("GET /api/audit", List.of(ADMIN));
	}

	/**
	 * Cells where the application refuses in another way than the 403 the matrix expects, still writing
	 * nothing. Each is a known disagreement with the brief's "denied is 403", accepted here only in exactly
	 * this form so that any other answer still fails. "Ny plan" names a unit the editor may not edit as a
	 * problem with the unit field (400, the form again with the message) rather than refusing the request.
	 */
	static final Map<String, Predicate<HttpResponse<String>>> REFUSED_OTHERWISE = Map.of(
			OTHER_EDITOR + " / POST /plans/new in " + UNIT,
			answer -> answer.statusCode() == 400
					&& Html.page(answer.body()).select("#unitCode-error").text()
						.contains("Du kan ikke redigere planene til " + UNIT_NAME + "."));

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PlanExchange exchange;

	@Autowired
	JdbcClient db;

	String plan;

	long itemId;

	long indicatorId;

	long shortlistId;

	/** Signed-in people by name, in the table's order. */
	final Map<String, Person> people = new LinkedHashMap<>();

	/** A person as the server meets them: a browser session with its CSRF token, and a name for HTTP Basic. */
	record Person(String name, String username, WebSession web, String csrf) {

		boolean anonymous() {
			return username == null;
		}
	}

	enum Kind {
		PAGE, API
	}

	/**
	 * @param succeeded the action's own success answer
	 * @param wrote what a successful write must have changed (null: no check beyond the answer)
	 */
	record Action(String name, Kind kind, Function<Person, HttpResponse<String>> call,
			Predicate<HttpResponse<String>> succeeded, BiPredicate<Snapshot, Snapshot> wrote) {
	}

	/** What a denied call must leave as it was. */
	record Snapshot(long auditEvents, long statusUpdates, long measurements, long plans, long partyMembers,
			int itemVersion, int indicatorVersion, long onShortlist, int shortlistVersion) {
	}

	@BeforeAll
	void planAndPeople() {
		String strategy = fresh("acl-strategy");
		ObjectNode strategyDoc = PlanDocuments.seed("01-ous-forskningsstrategi-2025-2029");
		strategyDoc.put("code", strategy);
		strategyDoc.putObject("unit").put("code", UNIT).put("name", UNIT_NAME);
		PlanDocuments.importAsSystem(exchange, strategyDoc);
		plan = fresh("acl-krn");
		ObjectNode krn = PlanDocuments.seed("03-krn-forskning-2025-2029");
		krn.put("code", plan);
		krn.put("parent", strategy);
		krn.putObject("unit").put("code", UNIT).put("name", UNIT_NAME);
		ObjectNode measure = PlanDocuments.item(krn, MEASURE);
		assertThat(measure.get("responsible").toString()).isEqualTo("[\"" + PARTY + "\"]");
		((ObjectNode) measure.get("indicators").get(0)).set("target", JSON.readTree(
				"{\"kind\":\"COUNT\",\"value\":10,\"unit\":\"verktøy\",\"per\":\"PLAN\",\"baseline\":null,\"due\":null}"));
		assertThat(PlanDocuments.item(krn, AFU_MEASURE).get("responsible").toString()).contains("\"" + OTHER_PARTY + "\"")
			.doesNotContain(PARTY);
		assertThat(PlanDocuments.item(krn, ORPHAN_MEASURE).get("responsible").size()).isZero();
		PlanDocuments.importAsSystem(exchange, krn);

		long planId = AccountFixtures.planId(db, plan);
		long unitId = AccountFixtures.unitId(db, UNIT);
		itemId = db.sql("select id from plan_item where plan_id = :plan and code = :code and archived_at is null")
			.param("plan", planId)
			.param("code", MEASURE)
			.query(Long.class)
			.single();
		indicatorId = db.sql("select id from indicator where item_id = :item and archived_at is null order by position limit 1")
			.param("item", itemId)
			.query(Long.class)
			.single();
		shortlistId = db.sql("select id from shortlist where plan_id = :plan and code = :code")
			.param("plan", planId)
			.param("code", SHORTLIST)
			.query(Long.class)
			.single();

		person(ADMIN, Role.ADMIN);
		long editor = person(EDITOR, Role.EDITOR);
		AccountFixtures.grantUnit(db, editor, unitId);
		long otherEditor = person(OTHER_EDITOR, Role.EDITOR);
		AccountFixtures.grantUnit(db, otherEditor, AccountFixtures.unitId(db, "TIK"));
		long contributor = person(CONTRIBUTOR, Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, contributor, PARTY, planId);
		long otherContributor = person(OTHER_CONTRIBUTOR, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, otherContributor, OTHER_PARTY, unitId);
		long reader = person(READER, Role.READER);
		// Standing for the responsible party gives a reader nothing, and neither does a unit grant.
		AccountFixtures.memberOfUnit(db, reader, PARTY, unitId);
		AccountFixtures.grantUnit(db, reader, unitId);
		assertThat(people.keySet()).containsExactlyElementsOf(EVERYONE);
	}

	/** A new user, signed in through the form; returns the user's id. */
	long person(String name, Role role) {
		String username = AccountFixtures.unique("acl-" + role.name().toLowerCase(java.util.Locale.ROOT));
		long id = AccountFixtures.user(accounts, username, role);
		WebSession web = WebSession.signedIn(port, username, PASSWORD);
		people.put(name, new Person(name, username, web, WebSession.csrfToken(web.get("/account").body())));
		return id;
	}

	// ---------------------------------------------------------------------------------------------
	// The actions

	List<Action> actions() {
		String planPath = "/plans/" + seg(plan);
		String itemPath = planPath + "/items/" + seg(MEASURE);
		String itemApi = "/api/plans/" + seg(plan) + "/items/" + seg(MEASURE);
		String valuesPage = itemPath + "/indicators/1/values";
		String valuesApi = itemApi + "/indicators/1/values";
		String targetPage = itemPath + "/indicators/1/target";
		List<Action> actions = new ArrayList<>();

		// Reads
		actions.add(pageGet("GET front page", "/"));
		actions.add(pageGet("GET plan page", planPath));
		actions.add(pageGet("GET item page", itemPath));
		actions.add(pageGet("GET plan table", planPath + "/table"));
		actions.add(pageGet("GET /mine", "/mine"));
		actions.add(pageGet("GET export.json", planPath + "/export.json"));
		actions.add(apiGet("GET /api/plans", "/api/plans"));
		actions.add(apiGet("GET /api/plans/{code}", "/api/plans/" + seg(plan)));
		actions.add(apiGet("GET item API", itemApi));
		actions.add(apiGet("GET status API", itemApi + "/status"));
		actions.add(apiGet("GET values API", valuesApi));

		// Import
		actions.add(new Action("POST /api/plans (import)", Kind.API, p -> {
			ObjectNode doc = PlanDocuments.valid(fresh("acl-import"));
			doc.putObject("unit").put("code", UNIT).put("name", UNIT_NAME);
			return api(p, "POST", "/api/plans", JSON.writeValueAsString(doc));
		}, status(201), (before, after) -> after.plans() == before.plans() + 1));
		actions.add(pageGet("GET /admin/plans (upload)", "/admin/plans"));

		// Editing the plan
		actions.add(pageGet("GET item edit form", itemPath + "/edit"));
		actions.add(new Action("POST item edit form", Kind.PAGE, p -> p.web().postForm(itemPath + "/edit", editForm(p)),
				redirectTo(itemPath), null));
		actions.add(new Action("PUT item API", Kind.API, p -> api(p, "PUT", itemApi, currentItemDocument()),
				status(200), null));
		actions.add(pageGet("GET plan editor", planPath + "/edit"));
		actions.add(new Action("POST shortlist toggle", Kind.PAGE, p -> {
			boolean on = snapshot().onShortlist() == 0;
			return p.web().postForm(itemPath + "/shortlists",
					Map.of("_csrf", p.csrf(), "shortlist", SHORTLIST, "on", String.valueOf(on)));
		}, redirectTo(itemPath), (before, after) -> after.onShortlist() != before.onShortlist()));
		actions.add(pageGet("GET target form", targetPage));
		actions.add(new Action("POST target form", Kind.PAGE,
				p -> p.web().postForm(targetPage, form(p, "action", "save", "kind", "COUNT", "value", "10", "unit", "verktøy",
						"per", "PLAN", "baselineValue", "", "baselineAsOf", "", "due", "", "version",
						String.valueOf(snapshot().indicatorVersion()))),
				redirectTo(itemPath + "#indicator-1"),
				(before, after) -> after.indicatorVersion() == before.indicatorVersion() + 1));
		actions.add(pageGet("GET /plans/new", "/plans/new"));
		actions.add(new Action("POST /plans/new in " + UNIT, Kind.PAGE,
				p -> p.web().postForm("/plans/new", form(p, "kind", "ACTION_PLAN", "title", "Plan laget i tilgangstesten",
						"code", fresh("acl-ny"), "unitCode", UNIT, "periodFrom", "2026", "periodTo", "2029", "parentCode", "")),
				redirectEndingWith("/edit/items"), (before, after) -> after.plans() == before.plans() + 1));

		// Follow-up
		BiPredicate<Snapshot, Snapshot> oneStatus = (before, after) -> after.statusUpdates() == before.statusUpdates() + 1;
		BiPredicate<Snapshot, Snapshot> oneValue = (before, after) -> after.measurements() == before.measurements() + 1;
		actions.add(new Action("POST status form", Kind.PAGE,
				p -> p.web().postForm(itemPath + "/status",
						form(p, "state", "ON_TRACK", "asOf", AS_OF, "progress", "", "text", "Går etter planen", "correctsId", "")),
				redirectTo(itemPath + "#status"), oneStatus));
		actions.add(statusApi("POST status API", itemApi, oneStatus));
		actions.add(new Action("POST measurement form", Kind.PAGE,
				p -> p.web().postForm(valuesPage, form(p, "value", "3", "asOf", AS_OF, "note", "Fra skjemaet", "evidence", "")),
				redirectTo(itemPath + "#indicator-1"), oneValue));
		actions.add(new Action("POST measurement API", Kind.API,
				p -> api(p, "POST", valuesApi, "{\"value\": 4, \"asOf\": \"" + AS_OF + "\", \"note\": \"Fra API-et\"}"),
				status(201), oneValue));
		actions.add(statusApi("POST status API on " + AFU_MEASURE,
				"/api/plans/" + seg(plan) + "/items/" + seg(AFU_MEASURE), oneStatus));
		actions.add(statusApi("POST status API on " + ORPHAN_MEASURE,
				"/api/plans/" + seg(plan) + "/items/" + seg(ORPHAN_MEASURE), oneStatus));

		// Administration
		actions.add(pageGet("GET /admin/users", "/admin/users"));
		actions.add(pageGet("GET /admin/units", "/admin/units"));
		actions.add(pageGet("GET /admin/audit", "/admin/audit"));
		actions.add(pageGet("GET /admin/mail", "/admin/mail"));
		actions.add(apiGet("GET /api/audit", "/api/audit?limit=1"));
		return actions;
	}

	Action pageGet(String name, String path) {
		return new Action(name, Kind.PAGE, p -> p.web().get(path), status(200), null);
	}

	Action apiGet(String name, String path) {
		return new Action(name, Kind.API, p -> api(p, "GET", path, null), status(200), null);
	}

	Action statusApi(String name, String itemApi, BiPredicate<Snapshot, Snapshot> wrote) {
		return new Action(name, Kind.API, p -> api(p, "POST", itemApi + "/status",
				"{\"state\": \"ON_TRACK\", \"asOf\": \"" + AS_OF + "\", \"progress\": 40, \"text\": \"Via API-et\"}"),
				status(201), wrote);
	}

	/** The edit form with what is stored now, and the current version: a save that changes nothing. */
	Map<String, String> editForm(Person p) {
		JsonNode item = JSON.readTree(currentItemDocument());
		Map<String, String> form = form(p, "parent", text(item, "parent"), "kind", text(item, "kind"), "code",
				text(item, "code"), "title", text(item, "title"), "text", text(item, "text"), "deadline",
				text(item, "deadline"), "comment", text(item, "comment"), "seeAlso", "", "indicators", "", "position", "",
				"returnTo", "", "version", item.get("version").asString());
		// One value per field: the measure has one responsible party and one strategy reference.
		assertThat(item.get("responsible").size()).isEqualTo(1);
		assertThat(item.get("strategyRefs").size()).isEqualTo(1);
		assertThat(item.get("seeAlso").size()).isZero();
		form.put("responsible", item.get("responsible").get(0).asString());
		form.put("strategyRefs", item.get("strategyRefs").get(0).asString());
		return form;
	}

	/** The item document as it is now (read by the administrator, whoever is about to write it back). */
	String currentItemDocument() {
		HttpResponse<String> answer = api(people.get(ADMIN), "GET",
				"/api/plans/" + seg(plan) + "/items/" + seg(MEASURE), null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}

	// ---------------------------------------------------------------------------------------------
	// The matrix

	@Test
	void everyPersonMayDoExactlyWhatTheRequirementSays() {
		assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(actions().stream().map(Action::name).toList());
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Person person : people.values()) {
			for (Action action : actions()) {
				boolean allowed = ALLOWED.get(action.name()).contains(person.name());
				Snapshot before = snapshot();
				HttpResponse<String> answer = action.call().apply(person);
				Snapshot after = snapshot();
				cells++;
				String cell = person.name() + " / " + action.name() + ": expected " + (allowed ? "ALLOW" : "DENY");
				if (allowed) {
					if (!action.succeeded().test(answer)) {
						wrong.add(cell + ", got " + describe(answer));
					}
					else if (action.wrote() != null && !action.wrote().test(before, after)) {
						wrong.add(cell + ", answered " + answer.statusCode() + " but wrote " + before + " → " + after);
					}
				}
				else {
					String key = person.name() + " / " + action.name();
					boolean refusedOtherwise = REFUSED_OTHERWISE.containsKey(key)
							&& REFUSED_OTHERWISE.get(key).test(answer);
					if (!denied(action.kind(), answer) && !refusedOtherwise) {
						wrong.add(cell + ", got " + describe(answer));
					}
					else if (!after.equals(before)) {
						wrong.add(cell + ", refused but wrote " + before + " → " + after);
					}
				}
			}
		}
		assertThat(wrong).as("wrong cells of the role × action matrix").isEmpty();
		assertThat(cells).isEqualTo(EVERYONE.size() * ALLOWED.size());
	}

	/** Nobody signed in: every page sends to the sign-in page, every API call answers 401, and nothing is written. */
	@Test
	void nobodySignedInIsSentToSignInOrRefusedAndWritesNothing() {
		WebSession web = new WebSession(port);
		// A session with a CSRF token, as a browser has after opening the sign-in page, so that the refusal
		// comes from the missing sign-in and not from the missing token.
		Person nobody = new Person("ANONYMOUS", null, web, WebSession.csrfToken(web.get("/login").body()));
		List<String> wrong = new ArrayList<>();
		for (Action action : actions()) {
			Snapshot before = snapshot();
			HttpResponse<String> answer = action.call().apply(nobody);
			Snapshot after = snapshot();
			boolean refused = action.kind() == Kind.PAGE
					? answer.statusCode() == 302 && location(answer).endsWith("/login")
					: answer.statusCode() == 401;
			if (!refused) {
				wrong.add("ANONYMOUS / " + action.name() + ": expected "
						+ (action.kind() == Kind.PAGE ? "302 to /login" : "401") + ", got " + describe(answer));
			}
			else if (!after.equals(before)) {
				wrong.add("ANONYMOUS / " + action.name() + ": refused but wrote " + before + " → " + after);
			}
		}
		assertThat(wrong).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------
	// Answers

	static boolean denied(Kind kind, HttpResponse<String> answer) {
		if (answer.statusCode() != 403) {
			return false;
		}
		if (kind == Kind.API) {
			return answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
					&& answer.body().replace(" ", "").contains("\"status\":403");
		}
		// The refusal is said in the error message's box, in either language.
		return Html.page(answer.body())
			.select(".alert.alert--error")
			.eachText()
			.stream()
			.anyMatch(alert -> alert.contains("Du har ikke tilgang til dette.") || alert.contains("You do not have access to this."));
	}

	static Predicate<HttpResponse<String>> status(int status) {
		return answer -> answer.statusCode() == status;
	}

	/** A redirect to exactly this path of the site (post/redirect/get after a success). */
	static Predicate<HttpResponse<String>> redirectTo(String path) {
		return answer -> answer.statusCode() == 302 && pathOf(location(answer)).equals(path);
	}

	static Predicate<HttpResponse<String>> redirectEndingWith(String suffix) {
		return answer -> answer.statusCode() == 302 && pathOf(location(answer)).endsWith(suffix);
	}

	static String location(HttpResponse<String> answer) {
		return answer.headers().firstValue("Location").orElse("");
	}

	/** The path (with fragment) of a Location, absolute or not. */
	static String pathOf(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	static String describe(HttpResponse<String> answer) {
		String where = location(answer).isEmpty() ? "" : " → " + location(answer);
		String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
		String problem = body.startsWith("{") ? " " + body.substring(0, Math.min(300, body.length())) : "";
		return answer.statusCode() + where + problem;
	}

	// ---------------------------------------------------------------------------------------------
	// Helpers

	Snapshot snapshot() {
		return db.sql("""
				select (select count(*) from audit_event) as audit_events,
				       (select count(*) from status_update) as status_updates,
				       (select count(*) from indicator_value) as measurements,
				       (select count(*) from plan) as plans,
				       (select count(*) from party_member) as party_members,
				       (select version from plan_item where id = :item) as item_version,
				       (select version from indicator where id = :indicator) as indicator_version,
				       (select count(*) from item_shortlist where item_id = :item and shortlist_id = :list) as on_shortlist,
				       (select version from shortlist where id = :list) as shortlist_version
				""")
			.param("item", itemId)
			.param("indicator", indicatorId)
			.param("list", shortlistId)
			.query((rs, n) -> new Snapshot(rs.getLong("audit_events"), rs.getLong("status_updates"),
					rs.getLong("measurements"), rs.getLong("plans"), rs.getLong("party_members"),
					rs.getInt("item_version"), rs.getInt("indicator_version"), rs.getLong("on_shortlist"),
					rs.getInt("shortlist_version")))
			.single();
	}

	/** A form with the person's CSRF token and these name/value pairs. */
	static Map<String, String> form(Person p, String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", p.csrf());
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	/** An API call as another system makes it: HTTP Basic (none for nobody), JSON, answers in English. */
	static HttpResponse<String> api(int port, Person p, String method, String path, String json) {
		ApiClient client = p.anonymous() ? ApiClient.anonymous(port) : ApiClient.as(port, p.username(), PASSWORD);
		return client.send(method, path, json);
	}

	HttpResponse<String> api(Person p, String method, String path, String json) {
		return api(port, p, method, path, json);
	}

	static String seg(String code) {
		return UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
	}

	static String text(JsonNode node, String member) {
		JsonNode value = node.get(member);
		return value == null || value.isNull() ? "" : value.asString();
	}

	static String fresh(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
