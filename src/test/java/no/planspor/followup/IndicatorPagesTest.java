package no.planspor.followup;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.followup.IndicatorPlans.Fixture;

/**
 * The item page's indicators in the browser's terms (HTML over HTTP, without JavaScript, and with
 * htmx's header): proposing, confirming, editing and clearing a target; recording measurements; who
 * sees which form; progress on the item page and the plan page.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	Fixture plan;

	@BeforeAll
	void plan() {
		plan = IndicatorPlans.create(port, db, accounts, "ind-pages");
	}

	// --- Targets -------------------------------------------------------------------------------

	@Test
	void theProposalFromTheTextIsPrefilled() {
		String page = as(plan.editor()).get(plan.targetPage(IndicatorPlans.COUNT_ITEM, 1)).body();

		Document doc = Html.page(page);
		assertThat(one(doc, "h1").text()).isEqualTo("Foreslå mål for indikator 1");
		assertThat(one(doc, ".target-page__indicator").text()).isEqualTo(IndicatorPlans.PROPOSABLE);
		assertThat(one(doc, "#proposal").text()).startsWith("Forslag ut fra teksten: minst 3 PhD i planperioden");
		assertThat(checked(page, "kind")).isEqualTo("COUNT");
		assertThat(value(page, "value")).isEqualTo("3");
		assertThat(value(page, "unit")).isEqualTo("PhD");
		assertThat(checked(page, "per")).isEqualTo("PLAN");
		assertThat(value(page, "due")).isEqualTo("2029-12-31");
		assertThat(doc.text()).contains("Minst n av noe").contains("p % over utgangspunktet");
	}

	@Test
	void aTextWithoutANumberSaysSoAndLeavesTheFormEmpty() {
		String page = as(plan.editor()).get(plan.targetPage(IndicatorPlans.UNSAID_ITEM, 1)).body();

		assertThat(one(Html.page(page), "#proposal").text()).contains("Teksten gir ikke noe tall");
		assertThat(checked(page, "kind")).isNull();
		assertThat(value(page, "value")).isNullOrEmpty();
		assertThat(value(page, "due")).isEqualTo("2029-12-31");
	}

	@Test
	void theConfirmedTargetIsSavedVersionedAndAudited() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-confirm");
		WebSession editor = as(own.editor());
		String form = editor.get(own.targetPage(IndicatorPlans.COUNT_ITEM, 1)).body();

		HttpResponse<String> saved = editor.postForm(own.targetPage(IndicatorPlans.COUNT_ITEM, 1),
				target(form, "COUNT", "4", "PhD", "PLAN", "", "", "2029-12-31"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.contains("/plans/" + own.code() + "/items/T2.4%20a").endsWith("#indicator-1");
		Map<String, Object> row = indicator(own, IndicatorPlans.COUNT_ITEM, 1);
		assertThat(row.get("target_kind")).isEqualTo("COUNT");
		assertThat(row.get("target_value").toString()).isEqualTo("4.00");
		assertThat(row.get("target_unit")).isEqualTo("PhD");
		assertThat(row.get("target_due")).as("the end of the period is stored as 'the end of the period'").isNull();
		assertThat(row.get("version")).isEqualTo(1);
		assertThat(AccountFixtures.auditOf(db, "INDICATOR", (Long) row.get("id")))
			.containsExactly(own.editor() + " UPDATED target: ∅ → [\"target\",\"COUNT\",\"4\",\"PhD\",\"PLAN\",null,null,null]");

		Document item = Html.page(editor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body());
		assertThat(item.text()).contains("Målet for indikator 1 er lagret.");
		Element first = one(item, "li#indicator-1");
		assertThat(one(first, ".indicator-target").text()).contains("minst 4 PhD i planperioden");
		assertThat(one(first, "a[href$=/indicators/1/target]").text()).startsWith("Endre mål");
	}

	@Test
	void anIncreaseKeepsItsBaselineAndAnEarlierDueDate() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-increase");
		WebSession editor = as(own.editor());
		String form = editor.get(own.targetPage(IndicatorPlans.UNSAID_ITEM, 1)).body();

		HttpResponse<String> saved = editor.postForm(own.targetPage(IndicatorPlans.UNSAID_ITEM, 1),
				target(form, "INCREASE_PERCENT", "50", "", "PLAN", "4", "2025-01-01", "2027-12-31"));

		assertThat(saved.statusCode()).isEqualTo(302);
		Map<String, Object> row = indicator(own, IndicatorPlans.UNSAID_ITEM, 1);
		assertThat(row.get("target_kind")).isEqualTo("INCREASE_PERCENT");
		assertThat(row.get("target_unit")).isEqualTo("%");
		assertThat(row.get("baseline_value").toString()).isEqualTo("4.00");
		assertThat(row.get("baseline_as_of").toString()).isEqualTo("2025-01-01");
		assertThat(row.get("target_due").toString()).isEqualTo("2027-12-31");
		String again = editor.get(own.targetPage(IndicatorPlans.UNSAID_ITEM, 1)).body();
		Document againPage = Html.page(again);
		assertThat(one(againPage, "h1").text()).isEqualTo("Endre mål for indikator 1");
		assertThat(one(againPage, ".target-page__current").text()).startsWith("Nåværende mål: økning på 50 %");
		assertThat(value(again, "baselineValue")).isEqualTo("4");
		assertThat(value(again, "due")).isEqualTo("2027-12-31");
	}

	@Test
	void aMilestoneDropsWhatDoesNotApplyToIt() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-milestone");
		WebSession editor = as(own.editor());
		String form = editor.get(own.targetPage(IndicatorPlans.UNSAID_ITEM, 1)).body();

		editor.postForm(own.targetPage(IndicatorPlans.UNSAID_ITEM, 1),
				target(form, "MILESTONE", "7", "stk", "YEAR", "2", "", ""));

		Map<String, Object> row = indicator(own, IndicatorPlans.UNSAID_ITEM, 1);
		assertThat(row.get("target_kind")).isEqualTo("MILESTONE");
		assertThat(row.get("target_value")).isNull();
		assertThat(row.get("target_unit")).isNull();
		assertThat(row.get("target_per")).isNull();
		assertThat(row.get("baseline_value")).isNull();
	}

	@Test
	void badTargetInputIsShownNextToTheFieldsKeepingWhatWasTypedAndNothingIsWritten() {
		WebSession editor = as(plan.editor());
		String path = plan.targetPage(IndicatorPlans.UNSAID_ITEM, 1);
		String form = editor.get(path).body();
		long audited = IndicatorPlans.count(db, "audit_event");

		record Bad(Map<String, String> form, String field, String message) {
		}
		List<Bad> cases = List.of(
				new Bad(target(form, "", "3", "", "PLAN", "", "", ""), "kind", "Velg hva slags mål det er."),
				new Bad(target(form, "COUNT", "tre", "PhD", "PLAN", "", "", ""), "value", "«tre» er ikke et tall."),
				new Bad(target(form, "COUNT", "", "PhD", "PLAN", "", "", ""), "value", "Målet trenger en verdi."),
				new Bad(target(form, "COUNT", "-2", "PhD", "PLAN", "", "", ""), "value", "Verdien kan ikke være negativ."),
				new Bad(target(form, "PERCENT", "120", "", "PLAN", "", "", ""), "value", "En andel kan ikke være over 100 %."),
				new Bad(target(form, "AMOUNT", "1,555", "", "YEAR", "", "", ""), "value", "Bruk høyst to desimaler."),
				new Bad(target(form, "COUNT", "3", "x".repeat(61), "PLAN", "", "", ""), "unit", "Enheten er for lang"),
				new Bad(target(form, "INCREASE_PERCENT", "20", "", "PLAN", "", "2025-01-01", ""), "baselineValue", "Utgangspunktet trenger en verdi."),
				new Bad(target(form, "INCREASE_PERCENT", "20", "", "PLAN", "fire", "", ""), "baselineValue", "«fire» er ikke et tall."),
				new Bad(target(form, "COUNT", "3", "", "PLAN", "", "1.1.2025", ""), "baselineAsOf", "«1.1.2025» er ikke en dato"),
				new Bad(target(form, "COUNT", "3", "", "PLAN", "", "", "2031-06-30"), "due", "Fristen 30. juni 2031 er utenfor planperioden 2025–2029."));
		for (Bad bad : cases) {
			HttpResponse<String> refused = editor.postForm(path, bad.form());

			assertThat(refused.statusCode()).as(bad.field()).isEqualTo(400);
			String page = refused.body();
			Document doc = Html.page(page);
			Element summary = one(doc, ".error-summary");
			assertThat(summary.text()).as(bad.field()).contains("Målet ble ikke lagret").contains(bad.message());
			assertThat(one(doc, "[id=" + bad.field() + "-error]").text()).as(bad.field()).contains(bad.message());
			if (!bad.field().equals("kind")) {
				assertThat(one(doc, "input[id=" + bad.field() + "]").attr("aria-invalid")).as(bad.field()).isEqualTo("true");
				assertThat(value(page, bad.field())).as(bad.field()).isEqualTo(bad.form().get(bad.field()));
			}
			assertThat(summary.select("a").eachAttr("href")).as("links from the summary to the field")
				.contains("#" + (bad.field().equals("kind") ? "kind-COUNT" : bad.field()));
		}
		assertThat(indicator(plan, IndicatorPlans.UNSAID_ITEM, 1).get("target_kind")).isNull();
		assertThat(IndicatorPlans.count(db, "audit_event")).isEqualTo(audited);
	}

	@Test
	void aStaleSaveShowsTheCurrentTargetKeepsWhatWasTypedAndWritesNothing() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-stale");
		WebSession first = as(own.editor());
		WebSession second = as(own.admin());
		String path = own.targetPage(IndicatorPlans.COUNT_ITEM, 1);
		String formOfSecond = second.get(path).body();
		first.postForm(path, target(first.get(path).body(), "COUNT", "5", "PhD", "PLAN", "", "", ""));

		HttpResponse<String> stale = second.postForm(path, target(formOfSecond, "COUNT", "2", "PhD", "YEAR", "", "", ""));

		assertThat(stale.statusCode()).isEqualTo(409);
		Element conflict = one(Html.page(stale.body()), "#conflict");
		assertThat(conflict.text()).contains("Noen andre har endret målet mens du redigerte.")
			.contains("Målet er nå: minst 5 PhD i planperioden");
		assertThat(value(stale.body(), "value")).isEqualTo("2");
		assertThat(checked(stale.body(), "per")).isEqualTo("YEAR");
		assertThat(value(stale.body(), "version")).isEqualTo("1");
		assertThat(indicator(own, IndicatorPlans.COUNT_ITEM, 1).get("target_value").toString()).isEqualTo("5.00");

		HttpResponse<String> knowingly = second.postForm(path, form(stale.body(), Map.of()));
		assertThat(knowingly.statusCode()).isEqualTo(302);
		assertThat(indicator(own, IndicatorPlans.COUNT_ITEM, 1).get("target_value").toString()).isEqualTo("2.00");
	}

	@Test
	void aTargetIsClearedAndItsMeasurementsStay() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-clear");
		WebSession editor = as(own.editor());
		editor.postForm(own.valuesForm(IndicatorPlans.COUNT_ITEM, 2),
				measurement(editor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body(), "1", "2025-06-01"));
		editor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)); // follows the redirect, as a browser does
		String page = editor.get(own.targetPage(IndicatorPlans.COUNT_ITEM, 2)).body();
		Element clear = one(Html.page(page), "form:has(input[name=action][value=clear])");
		assertThat(clear.attr("data-confirm")).isNotBlank();
		assertThat(one(clear, "button").text()).isEqualTo("Fjern målet");

		HttpResponse<String> cleared = editor.postForm(own.targetPage(IndicatorPlans.COUNT_ITEM, 2),
				Map.of("_csrf", WebSession.csrfToken(page), "action", "clear", "version", value(page, "version")));

		assertThat(cleared.statusCode()).isEqualTo(302);
		assertThat(indicator(own, IndicatorPlans.COUNT_ITEM, 2).get("target_kind")).isNull();
		Document item = Html.page(editor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body());
		assertThat(item.text()).contains("Målet for indikator 2 er fjernet.");
		assertThat(one(item, "li#indicator-2 details.indicator-values summary").text()).isEqualTo("Alle målinger (1)");
	}

	@Test
	void onlyEditorsOfThePlansUnitAndAdminsSetTargets() {
		String path = plan.targetPage(IndicatorPlans.UNSAID_ITEM, 1);
		assertThat(as(plan.admin()).get(path).statusCode()).isEqualTo(200);
		assertThat(as(plan.editor()).get(path).statusCode()).isEqualTo(200);
		for (String denied : List.of(plan.otherEditor(), plan.contributor(), plan.reader(), plan.outsider())) {
			assertThat(as(denied).get(path).statusCode()).as(denied).isEqualTo(403);
		}
		WebSession contributor = as(plan.contributor());
		String token = WebSession.csrfToken(contributor.get(plan.itemPage(IndicatorPlans.UNSAID_ITEM)).body());
		HttpResponse<String> refused = contributor.postForm(path,
				Map.of("_csrf", token, "kind", "COUNT", "value", "3", "version", "0"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(indicator(plan, IndicatorPlans.UNSAID_ITEM, 1).get("target_kind")).isNull();
	}

	@Test
	void noTargetPageForAnIndicatorThatIsNotThere() {
		assertThat(as(plan.editor()).get(plan.targetPage(IndicatorPlans.COUNT_ITEM, 9)).statusCode()).isEqualTo(404);
	}

	// --- Measurements ------------------------------------------------------------------------------

	@Test
	void aMeasurementRecordedWithoutJavaScriptShowsOnTheItemPageWithItsProgress() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-measure");
		WebSession contributor = as(own.contributor());
		String item = contributor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body();
		long before = IndicatorPlans.count(db, "indicator_value");

		HttpResponse<String> recorded = contributor.postForm(own.valuesForm(IndicatorPlans.COUNT_ITEM, 2),
				Map.of("_csrf", WebSession.csrfToken(item), "value", "2", "asOf", "2025-06-01", "note", "To nye registre",
						"evidence", "https://example.org/registre"));

		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(recorded.headers().firstValue("Location").orElseThrow()).endsWith("#indicator-2");
		assertThat(IndicatorPlans.count(db, "indicator_value")).isEqualTo(before + 1);
		assertThat(db.sql("select source from indicator_value order by id desc limit 1").query(String.class).single())
			.isEqualTo("MANUAL");
		Document page = Html.page(contributor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body());
		assertThat(page.select("[role=status]").eachText()).contains("Målingen for indikator 2 er registrert.");
		Element block = one(page, "li#indicator-2");
		assertThat(one(block, "details.indicator-values summary").text()).isEqualTo("Alle målinger (1)");
		assertThat(one(block, ".indicator-values__note").text()).isEqualTo("To nye registre");
		one(block, "a[href='https://example.org/registre']");
		// The number and its unit do not break apart.
		assertThat(one(block, ".indicator-standing").wholeText()).isEqualTo("Nå: 2 av 3\u00a0registre");
		assertThat(one(block, ".progress__words").classNames()).anyMatch(name -> name.startsWith("progress__words--"));
		Element chart = one(block, "canvas[data-chart]");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.attr("aria-label")).isEqualTo("Diagram: 1 måling fra 1. juni 2025 til 1. juni 2025. Siste verdi 2; mål 3.");
	}

	@Test
	void aMeasurementWithADecimalCommaIsReadAsNorwegiansWriteIt() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-comma");
		WebSession editor = as(own.editor());
		String item = editor.get(own.itemPage(IndicatorPlans.SHARE_ITEM)).body();

		HttpResponse<String> recorded = editor.postForm(own.valuesForm(IndicatorPlans.SHARE_ITEM, 2),
				measurement(item, "250 000,50", "2025-06-01"));

		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(db.sql("select value from indicator_value order by id desc limit 1").query(String.class).single())
			.isEqualTo("250000.50");
	}

	@Test
	void aRefusedMeasurementComesBackToTheFormWithItsProblemsAndNothingIsWritten() {
		WebSession contributor = as(plan.contributor());
		String item = contributor.get(plan.itemPage(IndicatorPlans.COUNT_ITEM)).body();
		long before = IndicatorPlans.count(db, "indicator_value");

		HttpResponse<String> refused = contributor.postForm(plan.valuesForm(IndicatorPlans.COUNT_ITEM, 2),
				Map.of("_csrf", WebSession.csrfToken(item), "value", "-1", "asOf", "2024-01-01", "note", "feil",
						"evidence", "ftp://example.org"));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("#value-form-2");
		assertThat(IndicatorPlans.count(db, "indicator_value")).isEqualTo(before);
		String page = contributor.get(plan.itemPage(IndicatorPlans.COUNT_ITEM)).body();
		Element form = one(Html.page(page), "details#value-form-2.value-form");
		assertThat(form.hasAttr("open")).isTrue();
		assertThat(one(form, ".error-summary").text()).contains("Målingen ble ikke registrert: 3 feil")
			.contains("Verdien kan ikke være negativ").contains("Datoen 1. januar 2024 er utenfor planperioden 2025–2029.")
			.contains("begynner med http://");
		assertThat(one(form, "input[id=value-2]").attr("aria-invalid")).isEqualTo("true");
		assertThat(value(page, "value-2")).isEqualTo("-1");
		assertThat(one(form, "textarea[name=note]").val()).isEqualTo("feil");
	}

	@Test
	void withHtmxTheIndicatorIsRedrawnInPlace() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-htmx");
		WebSession contributor = as(own.contributor());
		String token = WebSession.csrfToken(contributor.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body());
		contributor.header("HX-Request", "true");

		HttpResponse<String> recorded = contributor.postForm(own.valuesForm(IndicatorPlans.COUNT_ITEM, 2),
				Map.of("_csrf", token, "value", "3", "asOf", "2025-06-01"));
		HttpResponse<String> refused = contributor.postForm(own.valuesForm(IndicatorPlans.COUNT_ITEM, 2),
				Map.of("_csrf", token, "value", "", "asOf", "2025-06-01"));

		assertThat(recorded.statusCode()).isEqualTo(200);
		Element redrawn = Html.fragment(recorded.body()).child(0);
		assertThat(redrawn.is("li#indicator-2")).as(redrawn.cssSelector()).isTrue();
		Element notice = one(redrawn, "[role=status]");
		assertThat(notice.text()).isEqualTo("Målingen for indikator 2 er registrert.");
		assertThat(notice.hasAttr("data-focus")).isTrue();
		one(redrawn, ".progress__words--MET");
		assertThat(one(redrawn, "details.indicator-values summary").text()).isEqualTo("Alle målinger (1)");
		assertThat(refused.statusCode()).isEqualTo(400);
		Element again = Html.fragment(refused.body()).child(0);
		assertThat(again.is("li#indicator-2")).as(again.cssSelector()).isTrue();
		assertThat(one(again, ".error-summary").text()).contains("Oppgi en verdi.");
	}

	@Test
	void eachSeesTheFormsTheyMayUse() {
		String path = plan.itemPage(IndicatorPlans.COUNT_ITEM);
		Document editor = Html.page(as(plan.editor()).get(path).body());
		Document contributor = Html.page(as(plan.contributor()).get(path).body());
		Document reader = Html.page(as(plan.reader()).get(path).body());
		Document outsider = Html.page(as(plan.outsider()).get(path).body());

		assertThat(targetLinks(editor)).containsExactly("Foreslå mål for indikator 1", "Endre mål for indikator 2");
		one(editor, "details#value-form-2");
		assertThat(targetLinks(contributor)).isEmpty();
		assertThat(contributor.text()).doesNotContain("Foreslå mål").doesNotContain("Endre mål");
		one(contributor, "details#value-form-2");
		assertThat(targetLinks(reader)).isEmpty();
		assertThat(reader.text()).doesNotContain("Foreslå mål");
		assertThat(reader.select("[id^=value-form-]")).isEmpty();
		assertThat(outsider.select("[id^=value-form-]")).isEmpty();
		// No form for an indicator without a target: there is nothing to measure against.
		assertThat(editor.select("#value-form-1")).isEmpty();
		assertThat(one(editor, "li#indicator-1 .indicator-block__none").text()).startsWith("Ingen målverdi ennå");
		assertThat(one(reader, "li#indicator-2 .indicator-target").text()).contains("minst 3 registre i planperioden");
		assertThat(one(reader, "li#indicator-2 .indicator-block__progress").text()).contains("Ikke målt ennå");
	}

	@Test
	void milestonesAskDoneOrNotAndRecurringEventsStartAtOne() {
		String page = as(plan.editor()).get(plan.itemPage(IndicatorPlans.YEARLY_ITEM)).body();

		Element milestone = one(Html.page(page), "fieldset#value-2");
		assertThat(one(milestone, "legend").text()).isEqualTo("Er milepælen nådd?");
		assertThat(one(milestone, "input[id=value-2-done]").val()).isEqualTo("1");
		assertThat(one(milestone, "input[id=value-2-open]").val()).isEqualTo("0");
		assertThat(value(page, "value-1")).isEqualTo("1");
		assertThat(one(Html.page(page), "[id=value-1-hint]").text()).contains("Hvor mange ganger det skjedde");
	}

	@Test
	void thePlanPageShowsProgressNextToEachIndicatorWithATarget() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-plan");
		WebSession admin = as(own.admin());
		admin.postForm(own.valuesForm(IndicatorPlans.COUNT_ITEM, 2),
				measurement(admin.get(own.itemPage(IndicatorPlans.COUNT_ITEM)).body(), "3", "2025-06-01"));

		Document page = Html.page(admin.get("/plans/" + own.code()).body());

		assertThat(progressAfter(page, text -> text.equals("Flere etablerte registre i KRN ila perioden")))
			.singleElement()
			.satisfies(progress -> assertThat(one(progress, ".progress .progress__words--MET").text()).isEqualTo("Nådd (100 %)"));
		assertThat(progressAfter(page, text -> text.startsWith("Frontlinjemiljøer inviteres")))
			.singleElement()
			.satisfies(progress -> assertThat(one(progress, ".progress").text()).contains("Ikke målt ennå"));
		// An indicator without target shows no progress.
		assertThat(page.text()).contains(IndicatorPlans.PROPOSABLE);
		assertThat(progressAfter(page, text -> text.equals(IndicatorPlans.PROPOSABLE))).isEmpty();
		Document english = Html.page(admin.get("/plans/" + own.code() + "?lang=en").body());
		assertThat(english.select(".indicator-progress").eachText()).contains("Reached (100 %)", "Not measured yet");
	}

	// --- helpers ---------------------------------------------------------------------------------

	private WebSession as(String username) {
		return WebSession.signedIn(port, username,
				username.equals("admin") ? PlansporTest.ADMIN_PASSWORD : AccountFixtures.PASSWORD);
	}

	private Map<String, Object> indicator(Fixture fixture, String itemCode, int n) {
		return db.sql("""
				select x.* from indicator x join plan_item i on i.id = x.item_id
				where i.plan_id = :plan and i.code = :item and x.archived_at is null
				order by x.position, x.id offset :skip limit 1
				""").param("plan", fixture.planId()).param("item", itemCode).param("skip", n - 1).query().singleRow();
	}

	/** The target form's fields, with the page's token and version. */
	private static Map<String, String> target(String page, String kind, String value, String unit, String per,
			String baselineValue, String baselineAsOf, String due) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", kind);
		form.put("value", value);
		form.put("unit", unit);
		form.put("per", per);
		form.put("baselineValue", baselineValue);
		form.put("baselineAsOf", baselineAsOf);
		form.put("due", due);
		return form(page, form);
	}

	/** What a browser sends for the page's target form: its fields as they are, changed by {@code changes}. */
	private static Map<String, String> form(String page, Map<String, String> changes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", WebSession.csrfToken(page));
		form.put("version", value(page, "version"));
		for (String field : List.of("value", "unit", "baselineValue", "baselineAsOf", "due")) {
			String typed = value(page, field);
			form.put(field, typed == null ? "" : typed);
		}
		String kind = checked(page, "kind");
		String per = checked(page, "per");
		if (kind != null) {
			form.put("kind", kind);
		}
		if (per != null) {
			form.put("per", per);
		}
		form.putAll(changes);
		return form;
	}

	private static Map<String, String> measurement(String page, String value, String asOf) {
		return Map.of("_csrf", WebSession.csrfToken(page), "value", value, "asOf", asOf);
	}

	/** The value attribute of the first input with this id or name (for "version", the name), or null. */
	private static String value(String page, String idOrName) {
		Element input = Html.page(page).selectFirst("input[id=" + idOrName + "], input[name=" + idOrName + "]");
		return input == null || !input.hasAttr("value") ? null : input.attr("value");
	}

	/** The value of the checked radio button of a group, or null. */
	private static String checked(String page, String name) {
		Element radio = Html.page(page).selectFirst("input[type=radio][name=" + name + "][checked]");
		return radio == null ? null : radio.val();
	}

	/** The texts of the links to an indicator's target page, in page order. */
	private static List<String> targetLinks(Document page) {
		return page.select("a[href*=/indicators/][href$=/target]").eachText();
	}

	/** In a plan page's tables: the progress shown right after each indicator whose text passes {@code text}. */
	private static List<Element> progressAfter(Document page, Predicate<String> text) {
		return page.select("span.indicator-progress")
			.stream()
			.filter(progress -> progress.previousElementSibling() != null && text.test(progress.previousElementSibling().text()))
			.toList();
	}
}
