package no.planspor.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import no.planspor.Html;
import no.planspor.PlansporTest;

import static no.planspor.Html.one;
import static no.planspor.account.AccountFixtures.PASSWORD;
import static no.planspor.account.AccountFixtures.as;
import static no.planspor.account.AccountFixtures.planId;
import static no.planspor.account.AccountFixtures.unique;
import static no.planspor.account.AccountFixtures.unitId;
import static no.planspor.account.AccountFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Role × action, through {@link Permissions} (what every module asks) and over HTTP for the admin
 * pages and the audit API. The full matrix over the edit actions comes with those actions.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePermissionsTest {

	/** A plan of KRN that only the permissions know of: they deal in ids, not plans. */
	static final long OTHER_KRN_PLAN = 987_654_321L;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	JdbcClient db;

	long krn;

	long tik;

	long krnPlan;

	long tikPlan;

	/** The people of the matrix by name; their usernames are unique to this run. */
	final Map<String, String> people = new LinkedHashMap<>();

	@BeforeAll
	void people() {
		krn = unitId(db, "KRN");
		tik = unitId(db, "TIK");
		krnPlan = planId(db, "krn-forskning-2025-2029");
		tikPlan = planId(db, "tik-forskning-2022-2025");
		long admin = person("ADMIN", Role.ADMIN);
		long editor = person("EDITOR of KRN", Role.EDITOR);
		AccountFixtures.grantUnit(db, editor, krn);
		// An editor of KRN who is also FL in TIK contributes there, but does not edit TIK's plans.
		AccountFixtures.memberOfUnit(db, editor, "FL", tik);
		long contributor = person("CONTRIBUTOR, Forskningsleder in KRN", Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, contributor, "Forskningsleder", krn);
		long craiMember = person("CONTRIBUTOR, CRAI in the KRN plan", Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, craiMember, "CRAI", krnPlan);
		long reader = person("READER, Forskningsleder in KRN", Role.READER);
		// Membership alone gives a reader nothing, and a unit grant gives nothing without the EDITOR role.
		AccountFixtures.memberOfUnit(db, reader, "Forskningsleder", krn);
		AccountFixtures.grantUnit(db, reader, krn);
		assertThat(admin).isPositive();
	}

	long person(String name, Role role) {
		String username = unique(role.name().toLowerCase());
		people.put(name, username);
		return user(accounts, username, role);
	}

	record Action(String name, Function<Permissions, Boolean> may, Runnable require) {
	}

	List<Action> actions() {
		return List.of(
				new Action("edit a plan of KRN", p -> p.mayEditPlansOf(krn), () -> permissions.requireEditPlansOf(krn)),
				new Action("edit a plan of TIK", p -> p.mayEditPlansOf(tik), () -> permissions.requireEditPlansOf(tik)),
				new Action("contribute to a KRN measure of Forskningsleder",
						p -> p.mayContribute(krnPlan, krn, List.of("FU KRN", "Forskningsleder")),
						() -> permissions.requireContribute(krnPlan, krn, List.of("FU KRN", "Forskningsleder"))),
				new Action("contribute to a KRN measure of CRAI", p -> p.mayContribute(krnPlan, krn, List.of("CRAI")),
						() -> permissions.requireContribute(krnPlan, krn, List.of("CRAI"))),
				new Action("contribute to CRAI in another KRN plan",
						p -> p.mayContribute(OTHER_KRN_PLAN, krn, List.of("CRAI")),
						() -> permissions.requireContribute(OTHER_KRN_PLAN, krn, List.of("CRAI"))),
				new Action("contribute to a TIK measure of FL", p -> p.mayContribute(tikPlan, tik, List.of("FL")),
						() -> permissions.requireContribute(tikPlan, tik, List.of("FL"))),
				new Action("contribute to a TIK measure of KL", p -> p.mayContribute(tikPlan, tik, List.of("KL")),
						() -> permissions.requireContribute(tikPlan, tik, List.of("KL"))),
				new Action("administer", Permissions::isAdmin, permissions::requireAdmin));
	}

	/** Who may do each action; everyone else may not. */
	static final Map<String, List<String>> ALLOWED = Map.of(
			"edit a plan of KRN", List.of("ADMIN", "EDITOR of KRN"),
			"edit a plan of TIK", List.of("ADMIN"),
			"contribute to a KRN measure of Forskningsleder",
			List.of("ADMIN", "EDITOR of KRN", "CONTRIBUTOR, Forskningsleder in KRN"),
			"contribute to a KRN measure of CRAI", List.of("ADMIN", "EDITOR of KRN", "CONTRIBUTOR, CRAI in the KRN plan"),
			"contribute to CRAI in another KRN plan", List.of("ADMIN", "EDITOR of KRN"),
			"contribute to a TIK measure of FL", List.of("ADMIN", "EDITOR of KRN"),
			"contribute to a TIK measure of KL", List.of("ADMIN"),
			"administer", List.of("ADMIN"));

	@Test
	void everyRoleMayDoExactlyWhatTheTableSays() {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, String> person : people.entrySet()) {
			for (Action action : actions()) {
				boolean expected = ALLOWED.get(action.name()).contains(person.getKey());
				boolean may = as(accounts, person.getValue(), () -> action.may().apply(permissions));
				boolean required = as(accounts, person.getValue(), () -> {
					try {
						action.require().run();
						return true;
					}
					catch (AccessDeniedException denied) {
						return false;
					}
				});
				if (may != expected || required != expected) {
					wrong.add(person.getKey() + " / " + action.name() + ": expected " + expected + ", may " + may
							+ ", require " + required);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void nobodySignedInMayDoNothing() {
		assertThat(permissions.find()).isEmpty();
		assertThat(permissions.isAdmin()).isFalse();
		assertThat(permissions.mayEditPlansOf(krn)).isFalse();
		assertThat(permissions.mayContribute(krnPlan, krn, List.of("CRAI"))).isFalse();
		assertThat(permissions.memberships()).isEmpty();
		assertThatThrownBy(permissions::current).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(permissions::requireAdmin).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theApplicationActingForItselfIsAnAdministrator() {
		CurrentUser system = SystemIdentity.call(permissions::current);

		assertThat(system.isSystem()).isTrue();
		assertThat(system.isAdmin()).isTrue();
		assertThatNoException().isThrownBy(() -> SystemIdentity.call(() -> {
			permissions.requireEditPlansOf(tik);
			return null;
		}));
	}

	@Test
	void theCurrentUserCarriesRoleUnitsAndMemberships() {
		CurrentUser editor = as(accounts, people.get("EDITOR of KRN"), permissions::current);

		assertThat(editor.role()).isEqualTo(Role.EDITOR);
		assertThat(editor.editableUnitIds()).containsExactly(krn);
		assertThat(editor.memberships()).singleElement().satisfies(m -> {
			assertThat(m.partyCode()).isEqualTo("FL");
			assertThat(m.unitId()).isEqualTo(tik);
		});
	}

	@Test
	void aDisabledAccountMayDoNothingEvenWithItsSessionOpen() {
		String username = unique("deaktivert");
		long id = user(accounts, username, Role.ADMIN);
		SignedInUser principal = accounts.loadUserByUsername(username);
		db.sql("update app_user set enabled = false where id = :id").param("id", id).update();

		boolean admin = AccountFixtures.as(accounts, username, permissions::isAdmin);

		assertThat(principal.isEnabled()).isTrue();
		assertThat(admin).isFalse();
	}

	static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/1",
			"/admin/users/1/parties?scope=unit:1", "/admin/audit", "/admin/audit?q=x", "/admin/plans");

	@Test
	void onlyAdministratorsReachTheAdminPagesAndTheAuditApi() {
		for (Map.Entry<String, String> person : people.entrySet()) {
			boolean admin = person.getKey().equals("ADMIN");
			WebSession session = WebSession.signedIn(port, person.getValue(), PASSWORD);
			for (String page : ADMIN_PAGES) {
				assertThat(session.get(page).statusCode()).as(person.getKey() + " GET " + page)
					.isEqualTo(admin ? 200 : 403);
			}
			String token = WebSession.csrfToken(session.get("/account").body());
			HttpResponse<String> create = session.postForm("/admin/users", Map.of("_csrf", token, "username",
					unique("smyger"), "displayName", "Smyger", "role", "ADMIN", "password", "et langt passord"));
			assertThat(create.statusCode()).as(person.getKey() + " POST /admin/users").isEqualTo(admin ? 302 : 403);
			if (!admin) {
				HttpResponse<String> grant = session.postForm("/admin/users/1/units",
						Map.of("_csrf", token, "unit", String.valueOf(krn)));
				assertThat(grant.statusCode()).as(person.getKey() + " POST units").isEqualTo(403);
			}
			HttpResponse<String> api = AccountFixtures.api(port, person.getValue(), PASSWORD, "/api/audit?limit=1");
			assertThat(api.statusCode()).as(person.getKey() + " GET /api/audit").isEqualTo(admin ? 200 : 403);
			if (!admin) {
				assertThat(api.body()).contains("\"status\":403");
			}
		}
		assertThat(db.sql("select count(*) from user_unit where user_id = 1").query(Long.class).single())
			.as("nobody but an administrator granted the first administrator a unit")
			.isEqualTo(0);
	}

	@Test
	void theHeaderOffersTheAdminPagesToAdministratorsOnly() {
		String reader = WebSession.signedIn(port, people.get("READER, Forskningsleder in KRN"), PASSWORD)
			.get("/account")
			.body();
		String admin = WebSession.signedIn(port, people.get("ADMIN"), PASSWORD).get("/account").body();

		assertThat(Html.page(reader).select("a[href=/admin]")).isEmpty();
		assertThat(one(Html.page(admin), "header nav a[href=/admin]").text()).isEqualTo("Administrasjon");
	}

	@Test
	void aChangedRoleAppliesToAnOpenSessionAtOnce() {
		String username = unique("forfremmet");
		long id = user(accounts, username, Role.READER);
		WebSession session = WebSession.signedIn(port, username, PASSWORD);
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);

		db.sql("update app_user set role = 'ADMIN' where id = :id").param("id", id).update();
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);
		one(Html.page(session.get("/account").body()), "header nav a[href=/admin]");

		db.sql("update app_user set role = 'READER' where id = :id").param("id", id).update();
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(Html.page(session.get("/account").body()).select("a[href=/admin]")).isEmpty();
	}

	@Test
	void aDisabledUserIsSignedOutAndCannotSignInAgain() {
		String username = unique("sluttet");
		long id = user(accounts, username, Role.EDITOR);
		WebSession session = WebSession.signedIn(port, username, PASSWORD);
		assertThat(session.get("/account").statusCode()).isEqualTo(200);

		db.sql("update app_user set enabled = false where id = :id").param("id", id).update();

		HttpResponse<String> next = session.get("/account");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		HttpResponse<String> again = new WebSession(port).signIn(username, PASSWORD);
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(AccountFixtures.api(port, username, PASSWORD, "/api/plans").statusCode()).isEqualTo(401);
	}
}
