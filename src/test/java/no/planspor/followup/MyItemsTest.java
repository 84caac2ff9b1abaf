package no.planspor.followup;

import static no.planspor.followup.StatusPlans.encoded;
import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;
import no.planspor.followup.status.StatusForms;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;

/**
 * "Mine tiltak": exactly the items one of my parties answers for, by unit or by plan, across plans,
 * with their latest status (corrections respected), what needs attention first, indicator progress,
 * and the quick form only where I may record. Two plans of one unit of its own (A and B), plus the
 * KRN seed read as it is.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyItemsTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	PlanReader plans;

	@Autowired
	StatusForms forms;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	String unit;

	String planA;

	String planB;

	LocalDate today;

	@BeforeAll
	void plans() {
		today = LocalDate.now(clock);
		unit = "MINE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		planA = importCopy(doc -> {
			// Adopted lately: a measure without status is not yet overdue for its first update.
			((ObjectNode) doc.get("adopted")).put("on", today.minusDays(30).toString());
			StatusPlans.item(doc, "T2.1 a)").put("deadline", today.minusDays(30).toString());
			StatusPlans.item(doc, "T1.1 a)").withArray("shortlists").add("2026-2027");
		});
		// Adopted long ago and never updated since: every measure needs its first update.
		planB = importCopy(doc -> ((ObjectNode) doc.get("adopted")).put("on", today.minusDays(250).toString()));
		AccountFixtures.as(accounts, "admin", () -> {
			statuses.record(planA, "T1.1 b)", new StatusReport(State.ON_TRACK, today.minusDays(200), null, null), null);
			StatusUpdate wrong = statuses.record(planA, "T1.1 a)", new StatusReport(State.DONE, today.minusDays(1), null, null), null);
			// A correction dated earlier than what it corrects still wins: the corrected update no longer counts.
			statuses.record(planA, "T1.1 a)", new StatusReport(State.ON_TRACK, today.minusDays(2), 40, null), wrong.id());
			return null;
		});
		// A target and a measurement for T1.1 a)'s first indicator: two of four so far.
		long indicator = db.sql("""
				select x.id from indicator x join plan_item i on i.id = x.item_id join plan p on p.id = i.plan_id
				where p.code = :plan and i.code = 'T1.1 a)' order by x.position limit 1
				""").param("plan", planA).query(Long.class).single();
		db.sql("update indicator set target_kind = 'COUNT', target_value = 4, target_per = 'PLAN' where id = :id")
			.param("id", indicator).update();
		db.sql("insert into indicator_value (indicator_id, value, as_of, source) values (:id, 2, :asOf, 'MANUAL')")
			.param("id", indicator).param("asOf", today.minusDays(3)).update();
	}

	@Test
	void aContributorForAPartyOfTheUnitSeesExactlyItsItemsInEveryPlanOfTheUnit() {
		WebSession kari = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfUnit(db, id, "FU KRN", unitId()));
		Document page = mine(kari);

		assertThat(cards(page, planA)).containsExactlyInAnyOrderElementsOf(itemsWith(planA, "FU KRN"));
		assertThat(cards(page, planB)).containsExactlyInAnyOrderElementsOf(itemsWith(planB, "FU KRN"));
		assertThat(cards(page, "krn-forskning-2025-2029")).isEmpty();
		int total = itemsWith(planA, "FU KRN").size() + itemsWith(planB, "FU KRN").size();
		assertThat(one(page, ".mine-summary strong").text()).isEqualTo(total + " punkter i 2 planer");
		// Everyone of them may be updated from here.
		assertThat(page.select(".status-inline__edit")).hasSize(total);
		assertThat(page.select("strong.my-item__me").eachText()).isNotEmpty().containsOnly("FU KRN");
		assertThat(page.text()).contains("Du står for FU KRN.");
	}

	@Test
	void theKrnSeedForFuKrnOfKrnGivesExactlyItsFuKrnItems() {
		WebSession person = person(Role.CONTRIBUTOR,
				id -> AccountFixtures.memberOfUnit(db, id, "FU KRN", AccountFixtures.unitId(db, "KRN")));
		Document page = mine(person);
		assertThat(cards(page, "krn-forskning-2025-2029"))
			.containsExactlyInAnyOrderElementsOf(itemsWith("krn-forskning-2025-2029", "FU KRN"));
		// Whatever else shows belongs to plans of the KRN unit too (other tests may import KRN copies there).
		for (String plan : plansOn(page)) {
			assertThat(plans.get(plan).unit().code()).isEqualTo("KRN");
		}
	}

	@Test
	void aMembershipInOnePlanCountsInThatPlanOnly() {
		WebSession crai = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfPlan(db, id, "CRAI",
				AccountFixtures.planId(db, planA)));
		Document page = mine(crai);
		assertThat(plansOn(page)).containsExactly(planA);
		assertThat(cards(page, planA)).containsExactlyInAnyOrderElementsOf(itemsWith(planA, "CRAI"));
		assertThat(one(page, ".mine-summary strong").text()).endsWith("punkter i én plan");
	}

	@Test
	void withoutMembershipsThePageExplainsWhatToDo() {
		WebSession nobody = person(Role.CONTRIBUTOR, id -> {
		});
		Document page = mine(nobody);
		assertThat(one(page, "h1").text()).isEqualTo("Mine tiltak");
		assertThat(one(page, ".empty-state").text())
			.contains("Du står ikke som ansvarlig for noe ennå – en administrator kobler brukere til ansvarlige under Administrasjon → Brukere.");
		assertThat(page.select(".my-items, .my-item")).isEmpty();
		assertThat(Html.page(nobody.get("/mine?lang=en").body()).text())
			.contains("You are not responsible for anything yet");

		WebSession unknownParty = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfUnit(db, id, "INGEN", unitId()));
		assertThat(one(mine(unknownParty), ".empty-state").text())
			.contains("Rollene du står for, er ikke ansvarlige for noe i planene ennå.");
	}

	@Test
	void whatNeedsAttentionComesFirstAndEachItemSaysWhereItStands() {
		WebSession kari = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfUnit(db, id, "FU KRN", unitId()));
		Document page = mine(kari);
		List<String> inA = cards(page, planA);
		// T1.1 b) is stale, T2.1 a) overdue: first, in plan order; then the rest in plan order.
		assertThat(inA.subList(0, 2)).containsExactly("T1.1 b)", "T2.1 a)");
		List<String> rest = new ArrayList<>(itemsWith(planA, "FU KRN"));
		rest.removeAll(List.of("T1.1 b)", "T2.1 a)"));
		assertThat(inA.subList(2, inA.size())).containsExactlyElementsOf(rest);
		assertThat(one(page, "section.mine-plan:has(h2[id=plan-" + planA + "])").select(".mine-summary__attention").eachText())
			.containsExactly("2 trenger oppfølging");

		List<String> inB = cards(page, planB);
		assertThat(inB).isNotEmpty().allSatisfy(code -> {
			Element never = card(page, planB, code);
			assertThat(never.hasClass("is-attention")).as(code).isTrue();
			assertThat(never.select(".flag--never-updated").eachText()).as(code).containsExactly("Aldri oppdatert");
		});
		assertThat(inA).allSatisfy(code -> assertThat(card(page, planA, code).select(".flag--never-updated")).as(code).isEmpty());

		Element stale = card(page, planA, "T1.1 b)");
		assertThat(stale.hasClass("is-attention")).isTrue();
		assertThat(stale.text()).contains("Utdatert");
		assertThat(stale.select("time").eachAttr("datetime")).contains(today.minusDays(200).toString());
		assertThat(card(page, planA, "T2.1 a)").text()).contains("Ingen status").contains("Forfalt");
		Element corrected = card(page, planA, "T1.1 a)");
		assertThat(one(corrected, ".state.state--ON_TRACK").text()).isEqualTo("I rute");
		assertThat(corrected.select(".state--DONE")).isEmpty();
		assertThat(corrected.select("time").eachAttr("datetime")).contains(today.minusDays(2).toString());
		assertThat(one(corrected, ".state-progress").text()).isEqualTo("40 %");
		assertThat(corrected.hasClass("is-shortlisted")).isTrue();
		assertThat(corrected.select(".badge--shortlist").eachText()).containsExactly("Kortliste 2026-2027");
		Element meter = one(corrected, "meter");
		assertThat(meter.attr("min")).isEqualTo("0");
		assertThat(meter.attr("max")).isEqualTo("100");
		assertThat(meter.attr("value")).isEqualTo("50");
	}

	@Test
	void readersSeeTheirItemsButNoForm() {
		WebSession reader = person(Role.READER, id -> AccountFixtures.memberOfUnit(db, id, "FU KRN", unitId()));
		Document page = mine(reader);
		assertThat(cards(page, planA)).containsExactlyInAnyOrderElementsOf(itemsWith(planA, "FU KRN"));
		assertThat(page.select(".status-inline__edit")).isEmpty();
		assertThat(page.text()).contains("Du kan se statusen, men rollen din gir ikke rett til å registrere den.");
	}

	@Test
	void oneCardComesBackAfterAStatusIsRecordedInIt() {
		WebSession kari = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfUnit(db, id, "FU KRN", unitId()));
		String key = forms.key(planA, "T1.1 b)");
		Element card = card(mine(kari), planA, "T1.1 b)");
		assertThat(card.attr("hx-trigger")).isEqualTo("status-recorded");
		assertThat(card.attr("hx-get")).startsWith("/mine/card?plan=" + planA + "&item=T1.1");
		assertThat(one(card, "details.status-inline__edit").attr("hx-get"))
			.isEqualTo("/plans/" + planA + "/items/" + StatusPlans.encoded("T1.1 b)") + "/status/form?returnTo=/mine");

		Element fragment = Html.fragment(kari.get("/mine/card?plan=" + planA + "&item=" + url("T1.1 b)") + "&recorded=true").body())
			.child(0);
		assertThat(fragment.is("li.my-item")).as(fragment.cssSelector()).isTrue();
		assertThat(fragment.id()).isEqualTo("card-" + key);
		assertThat(fragment.text()).contains("Statusen er registrert.");
		assertThat(kari.get("/mine/card?plan=" + planA + "&item=" + url("T9.9")).statusCode()).isEqualTo(404);
		assertThat(kari.get("/mine/card?plan=" + planA + "&item=" + url("T1.3 d)")).statusCode()).isEqualTo(404);
	}

	@Test
	void aTikSubGoalsPartiesAnswerForItsMeasuresToo() {
		// TIK names Ansvar per sub-goal; its measures name nobody and are answered for by the sub-goal.
		String tikUnit = "MINE-TIK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String tik = "mine-tik-" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode doc = PlanDocuments.seed("02-tik-forskning-2022-2025");
		doc.put("code", tik);
		doc.putObject("unit").put("code", tikUnit).put("name", "Mine tiltak-TIK");
		var answer = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", StatusPlans.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

		// FK answers for nothing in TIK's plan; 3g (KL, AL) has one measure: "i. Tilstrekkelig ressurser …".
		String username = AccountFixtures.unique("mine-tik");
		long id = AccountFixtures.user(accounts, username, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id, "AL", AccountFixtures.unitId(db, tikUnit));
		WebSession al = WebSession.signedIn(port, username, AccountFixtures.PASSWORD);
		Document page = mine(al);

		List<String> expected = new ArrayList<>();
		plans.tree(tik).allItems().filter(item -> item.responsible().stream().anyMatch(p -> p.code().equals("AL")))
			.forEach(subgoal -> {
				expected.add(subgoal.code());
				subgoal.children().forEach(measure -> expected.add(measure.code()));
			});
		assertThat(expected).contains("3g", "3g.i", "1a", "1a.iii").doesNotContain("4d", "4d.i");
		assertThat(cards(page, tik)).containsExactlyInAnyOrderElementsOf(expected);
		Element measure = card(page, tik, "3g.i");
		assertThat(measure.text()).contains("Fra delmål 3g");
		one(measure, ".status-inline__edit");
		assertThat(measure.select("strong.my-item__me").eachText()).contains("AL");
		assertThat(card(page, tik, "3g").text()).doesNotContain("Fra delmål");

		// And the server agrees: AL records the measure's status; a measure of 4d (no AL) is refused.
		AccountFixtures.as(accounts, username, () -> statuses.record(tik, "3g.i",
				new StatusReport(State.ON_TRACK, LocalDate.of(2025, 12, 1), null, null), null));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> AccountFixtures.as(accounts, username, () -> statuses.record(tik, "4d.i",
					new StatusReport(State.ON_TRACK, LocalDate.of(2025, 12, 1), null, null), null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void archivedPlansTakeNoUpdatesAndDoNotShow() {
		String archived = importCopy(doc -> doc.put("status", "ARCHIVED"));
		WebSession kari = person(Role.CONTRIBUTOR, id -> AccountFixtures.memberOfUnit(db, id, "FU KRN", unitId()));
		assertThat(plansOn(mine(kari))).doesNotContain(archived).contains(planA, planB);
	}

	private List<String> itemsWith(String plan, String party) {
		return plans.tree(plan)
			.allItems()
			.filter(item -> item.responsible().stream().map(Party::code).anyMatch(party::equals))
			.map(PlanItem::code)
			.toList();
	}

	private static Document mine(WebSession session) {
		HttpResponse<String> page = session.get("/mine");
		assertThat(page.statusCode()).isEqualTo(200);
		return Html.page(page.body());
	}

	/** A card on the page: the item its code links to (plan and code) and the card itself. */
	private record Card(String plan, String code, Element element) {

		static List<Card> on(Document page) {
			return page.select("li.my-item[id^=card-]").stream().map(card -> {
				Element link = one(card, ".my-item__title a.anchor-code");
				// /plans/{plan}/items/{item}
				String[] path = link.attr("href").split("/");
				assertThat(path).as(link.attr("href")).hasSize(5).startsWith("", "plans");
				assertThat(path[3]).isEqualTo("items");
				assertThat(path[4]).isEqualTo(encoded(link.text()));
				return new Card(path[2], link.text(), card);
			}).toList();
		}
	}

	/** The item codes of a plan's cards, top to bottom. */
	private static List<String> cards(Document page, String plan) {
		return Card.on(page).stream().filter(card -> card.plan().equals(plan)).map(Card::code).toList();
	}

	private static List<String> plansOn(Document page) {
		return Card.on(page).stream().map(Card::plan).distinct().toList();
	}

	private static Element card(Document page, String plan, String code) {
		List<Element> found = Card.on(page)
			.stream()
			.filter(card -> card.plan().equals(plan) && card.code().equals(code))
			.map(Card::element)
			.toList();
		assertThat(found).as("the card of %s in %s", code, plan).hasSize(1);
		return found.get(0);
	}

	private String importCopy(Consumer<ObjectNode> change) {
		String code = "mine-" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", unit).put("name", "Mine tiltak-klinikken");
		change.accept(doc);
		var answer = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", StatusPlans.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return code;
	}

	private long unitId() {
		return AccountFixtures.unitId(db, unit);
	}

	private WebSession person(Role role, java.util.function.LongConsumer setUp) {
		String username = AccountFixtures.unique("mine-" + role.name().toLowerCase());
		setUp.accept(AccountFixtures.user(accounts, username, role));
		return WebSession.signedIn(port, username, AccountFixtures.PASSWORD);
	}

	private static String url(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
