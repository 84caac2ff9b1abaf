package no.planspor.version;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.exchange.document.PlanDocumentWriter;
import no.planspor.plan.IndicatorTargets;
import no.planspor.plan.PlanReader;
import no.planspor.plan.Target;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.web.Dates;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version read as the plan document (issue 11 §1): the plan page's document from the version's
 * frozen content and statuses, under a banner naming the version with a link to the current plan, and
 * nothing that edits.
 */
@PlansporTest
class VersionDocumentPageTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	ItemFieldsEditing fields;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PlanVersions versions;

	@Autowired
	IndicatorTargets targets;

	String plan;

	WebSession admin;

	@BeforeEach
	void copyOfKrn() {
		plan = VersionPlans.krnCopy(exchange, "versjonsdok");
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	@Test
	void aVersionReadsAsThePlanDocumentAsItWasUnderABannerThatLeadsToTheCurrentPlan() {
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo"));
		record("T1.1 b)", new StatusReport(State.ON_TRACK, day, 40, "Godt i gang."));
		PlanVersion made = SystemIdentity.call(() -> versions.make(plan, "Vedtatt 11.05.2026", VersionReason.MANUAL));
		String oldText = plans.tree(plan).item("T1.1 a)").orElseThrow().text();

		// The plan changes after the version: a text, and a later status.
		VersionPlans.editText(plans, fields, plan, "T1.1 a)", "Helt ny tekst etter versjonen");
		record("T1.1 b)", new StatusReport(State.DELAYED, day, 10, "Stoppet opp."));

		Document page = Html.page(admin.get("/plans/" + plan + "/versions/" + made.number()).body());

		Element banner = one(page, ".version-banner");
		assertThat(one(banner, ".version-banner__text strong").text())
			.isEqualTo("Dette er versjon 1, «Vedtatt 11.05.2026», fra " + Dates.day(day, java.util.Locale.forLanguageTag("nb")));
		assertThat(one(banner, "a").text()).isEqualTo("gå til gjeldende plan");
		assertThat(one(banner, "a").attr("href")).isEqualTo("/plans/" + plan);
		assertThat(one(page, "h1").text()).isEqualTo(plans.get(plan).title());

		// The content and the status as they were then.
		Element a = one(page, "tr[id=item-T1.1-a]");
		assertThat(a.text()).contains(oldText).doesNotContain("Helt ny tekst");
		Element b = one(page, "tr[id=item-T1.1-b]");
		assertThat(one(b, ".state").text()).isEqualTo("I rute");
		assertThat(b.select(".flag")).as("no stale or overdue flags: they tell of today").isEmpty();
		// Goals roll up their measures as they stood then.
		assertThat(one(page, "section#item-1 .rollup").text()).contains("I rute: 1");
		// Item codes lead to their rows in this version, not to today's item pages.
		assertThat(one(a, "a.anchor-code").attr("href")).isEqualTo("#item-T1.1-a");

		// Nothing edits: no edit link, no form that posts, no status form.
		assertThat(page.select("main a[href*='/edit']")).isEmpty();
		assertThat(page.select("main form")).isEmpty();
		assertThat(one(page, "a[download]").attr("href")).isEqualTo("/plans/" + plan + "/versions/1/export.json");

		// The current plan has moved on.
		Document current = Html.page(admin.get("/plans/" + plan).body());
		assertThat(one(current, "tr[id=item-T1.1-a]").text()).contains("Helt ny tekst etter versjonen");
		assertThat(one(one(current, "tr[id=item-T1.1-b]"), ".state").text()).isEqualTo("Forsinket");
		assertThat(current.select(".version-banner")).isEmpty();
		assertThat(one(current, "tr[id=item-T1.1-a] a.anchor-code").attr("href")).startsWith("/plans/" + plan + "/items/");
	}

	@Test
	void aVersionReadAsAPlanWritesBackAsExactlyItsDocument() {
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo"));
		record("T1.1 b)", new StatusReport(State.AT_RISK, day, 25, "Mangler folk."));
		var indicator = plans.tree(plan).item("T1.1 a)").orElseThrow().indicators().get(0);
		SystemIdentity.call(() -> targets.setTarget(plan, "T1.1 a)", 1, new Target(Target.Kind.INCREASE_PERCENT,
				new java.math.BigDecimal("12.5"), null, Target.Per.YEAR,
				new Target.Baseline(new java.math.BigDecimal("40"), LocalDate.of(2025, 1, 1)), LocalDate.of(2029, 12, 31)),
				indicator.version()));
		PlanVersion made = SystemIdentity.call(() -> versions.make(plan, "Alt med", VersionReason.MANUAL));
		VersionPlans.editText(plans, fields, plan, "T1.1 a)", "Endret etterpå");

		VersionedPlan read = versions.plan(plan, made.number());

		// Every member the document has (parties, shortlists, links, targets, statuses, adoption) is in the tree.
		assertThat(PlanDocumentWriter.write(read.tree(), read.statuses())).isEqualTo(versions.document(plan, made.number()));
		assertThat(read.version().label()).isEqualTo("Alt med");
		assertThat(read.tree().plan().id()).isEqualTo(plans.get(plan).id());
	}

	@Test
	void theVersionsListLinksEachVersionToItsPageAndReadersReadItInEnglish() {
		SystemIdentity.call(() -> versions.make(plan, "Første", VersionReason.MANUAL));
		SystemIdentity.call(() -> versions.make(plan, "Andre", VersionReason.MANUAL));
		String reader = AccountFixtures.unique("leser");
		AccountFixtures.user(accounts, reader, Role.READER);
		WebSession asReader = WebSession.signedIn(port, reader, AccountFixtures.PASSWORD);

		Document list = Html.page(asReader.get("/plans/" + plan + "/versions").body());
		assertThat(one(list, "tr#version-1 th a").attr("href")).isEqualTo("/plans/" + plan + "/versions/1");
		assertThat(one(list, "tr#version-2 th a").text()).isEqualTo("Andre");

		Document page = Html.page(asReader.get("/plans/" + plan + "/versions/2?lang=en").body());
		assertThat(one(page, ".version-banner__text strong").text()).startsWith("This is version 2, “Andre”, from ");
		assertThat(one(page, ".version-banner a").text()).isEqualTo("go to the current plan");
		assertThat(one(page, ".breadcrumbs [aria-current=page]").text()).isEqualTo("Version 2");
		assertThat(page.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

		assertThat(asReader.get("/plans/" + plan + "/versions/9").statusCode()).isEqualTo(404);
		assertThat(asReader.get("/plans/finnes-ikke/versions/1").statusCode()).isEqualTo(404);
	}

	private void record(String code, StatusReport status) {
		SystemIdentity.call(() -> statuses.record(plan, code, status, null));
	}
}
