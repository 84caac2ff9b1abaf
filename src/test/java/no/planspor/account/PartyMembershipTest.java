package no.planspor.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;

import static no.planspor.Html.one;
import static no.planspor.account.AccountFixtures.auditOf;
import static no.planspor.account.AccountFixtures.count;
import static no.planspor.account.AccountFixtures.planId;
import static no.planspor.account.AccountFixtures.unique;
import static no.planspor.account.AccountFixtures.unitId;
import static no.planspor.account.AccountFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Users stand for parties of a unit ("Kari is Forskningsleder in KRN") or of one plan ("three people are CRAI"). */
@PlansporTest
class PartyMembershipTest {

	static final String KRN_PLAN = "krn-forskning-2025-2029";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	JdbcClient db;

	WebSession admin;

	@BeforeEach
	void signIn() {
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD).header("Accept-Language", "nb");
	}

	HttpResponse<String> add(long userId, String scope, String partyCode) {
		String token = WebSession.csrfToken(admin.get("/admin/users/" + userId).body());
		return admin.postForm("/admin/users/" + userId + "/memberships",
				Map.of("scope", scope, "partyCode", partyCode, "_csrf", token));
	}

	List<String> memberships(long userId) {
		return db.sql("""
				select party_code || ' ' || coalesce('unit:' || unit_id, 'plan:' || plan_id)
				from party_member where user_id = :id order by id
				""").param("id", userId).query(String.class).list();
	}

	@Test
	void aUserStandsForAPartyInEveryPlanOfAUnit() {
		String username = unique("kari");
		long kari = user(accounts, username, Role.CONTRIBUTOR);
		long krn = unitId(db, "KRN");

		HttpResponse<String> answer = add(kari, "unit:" + krn, "Forskningsleder");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(memberships(kari)).containsExactly("Forskningsleder unit:" + krn);
		long membership = db.sql("select id from party_member where user_id = :id").param("id", kari)
			.query(Long.class).single();
		assertThat(auditOf(db, "PARTY_MEMBER", membership))
			.containsExactly("admin CREATED party: ∅ → Forskningsleder – KRN");
		assertThat(AccountFixtures.as(accounts, username, permissions::memberships)).singleElement()
			.satisfies(m -> {
				assertThat(m.partyCode()).isEqualTo("Forskningsleder");
				assertThat(m.unitId()).isEqualTo(krn);
				assertThat(m.planId()).isNull();
			});
		Element row = one(Html.page(admin.get("/admin/users/" + kari).body()), "table.membership-table tbody tr");
		assertThat(one(row, "th strong").text()).isEqualTo("Forskningsleder");
		assertThat(row.select("td").first().text()).contains("(alle planer)");
	}

	@Test
	void threePeopleMakeUpCraiInOnePlan() {
		long plan = planId(db, KRN_PLAN);
		List<Long> people = List.of(user(accounts, unique("crai"), Role.CONTRIBUTOR),
				user(accounts, unique("crai"), Role.CONTRIBUTOR), user(accounts, unique("crai"), Role.EDITOR));

		for (long person : people) {
			assertThat(add(person, "plan:" + plan, "CRAI").statusCode()).isEqualTo(302);
		}

		assertThat(db.sql("select count(*) from party_member where party_code = 'CRAI' and plan_id = :plan")
			.param("plan", plan).query(Long.class).single()).isGreaterThanOrEqualTo(3);
		for (long person : people) {
			assertThat(memberships(person)).containsExactly("CRAI plan:" + plan);
		}
		String audited = db.sql("""
				select new_value from audit_event where entity_type = 'PARTY_MEMBER' and plan_id = :plan
				order by id desc limit 1
				""").param("plan", plan).query(String.class).single();
		assertThat(audited).isEqualTo("CRAI – KRN 2025–2029");
	}

	@Test
	void onlyThePartiesOfThatUnitOrPlanAreOffered() {
		long someone = user(accounts, unique("valg"), Role.CONTRIBUTOR);

		List<String> krnParties = Html.page(admin.get("/admin/users/" + someone + "/parties?scope=unit:" + unitId(db, "KRN")).body())
			.select("select[name=partyCode] option")
			.eachAttr("value");
		List<String> tikParties = Html.page(admin.get("/admin/users/" + someone + "/parties?scope=unit:" + unitId(db, "TIK")).body())
			.select("select[name=partyCode] option")
			.eachAttr("value");

		assertThat(krnParties).contains("FU KRN", "CRAI").doesNotContain("FL");
		assertThat(tikParties).contains("FL").doesNotContain("FU KRN");
	}

	@Test
	void aCodeThatIsNotAPartyThereIsRefusedAndNothingIsWritten() {
		long someone = user(accounts, unique("feil"), Role.CONTRIBUTOR);
		long rows = count(db, "party_member");
		long events = count(db, "audit_event");

		HttpResponse<String> otherUnitsCode = add(someone, "unit:" + unitId(db, "KRN"), "FL");
		HttpResponse<String> unknownScope = add(someone, "unit:987654", "FL");
		HttpResponse<String> garbledScope = add(someone, "avdeling:1", "FL");
		HttpResponse<String> noParty = add(someone, "unit:" + unitId(db, "TIK"), " ");

		assertThat(otherUnitsCode.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(otherUnitsCode.body()), "#partyCode-error").text()).contains("«FL» er ikke en ansvarlig i planene der.");
		assertThat(unknownScope.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(unknownScope.body()), "#scope-error").text()).contains("Velg en enhet eller en plan som finnes.");
		assertThat(garbledScope.statusCode()).isEqualTo(400);
		assertThat(noParty.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(noParty.body()), "#membership-errors").text()).contains("Velg en ansvarlig.");
		assertThat(count(db, "party_member")).isEqualTo(rows);
		assertThat(count(db, "audit_event")).isEqualTo(events);
	}

	@Test
	void theSameMembershipTwiceIsRefused() {
		long someone = user(accounts, unique("to-ganger"), Role.CONTRIBUTOR);
		String scope = "unit:" + unitId(db, "TIK");
		add(someone, scope, "FL");

		HttpResponse<String> again = add(someone, scope, "FL");

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(one(Html.page(again.body()), "#membership-errors").text()).contains("Brukeren står allerede for «FL» der.");
		assertThat(memberships(someone)).hasSize(1);
	}

	@Test
	void aMembershipIsRemovedAndTheRemovalAudited() {
		long someone = user(accounts, unique("fjern"), Role.CONTRIBUTOR);
		add(someone, "unit:" + unitId(db, "TIK"), "FL");
		long membership = db.sql("select id from party_member where user_id = :id").param("id", someone)
			.query(Long.class).single();
		String token = WebSession.csrfToken(admin.get("/admin/users/" + someone).body());

		HttpResponse<String> answer = admin.postForm("/admin/users/" + someone + "/memberships/" + membership + "/delete",
				Map.of("_csrf", token));
		HttpResponse<String> again = admin.postForm("/admin/users/" + someone + "/memberships/" + membership + "/delete",
				Map.of("_csrf", token));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(memberships(someone)).isEmpty();
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(auditOf(db, "PARTY_MEMBER", membership)).containsExactly("admin CREATED party: ∅ → FL – TIK",
				"admin DELETED party: FL – TIK → ∅");
	}

	@Test
	void anotherUsersMembershipCannotBeRemovedThroughThisUser() {
		long owner = user(accounts, unique("eier"), Role.CONTRIBUTOR);
		long other = user(accounts, unique("annen"), Role.CONTRIBUTOR);
		add(owner, "unit:" + unitId(db, "TIK"), "FL");
		long membership = db.sql("select id from party_member where user_id = :id").param("id", owner)
			.query(Long.class).single();
		String token = WebSession.csrfToken(admin.get("/admin/users/" + other).body());

		HttpResponse<String> answer = admin.postForm("/admin/users/" + other + "/memberships/" + membership + "/delete",
				Map.of("_csrf", token));

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(memberships(owner)).hasSize(1);
	}
}
