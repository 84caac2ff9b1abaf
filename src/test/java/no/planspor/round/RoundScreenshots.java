package no.planspor.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.browser.BrowserTest;
import no.planspor.browser.Browsers;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.round.internal.NewRound;
import no.planspor.round.internal.Rounds;

/**
 * Pictures of the reporting round's pages (the list, a draft's preview, an open round with an answer,
 * the committee report, the outbox) at desktop and phone width in both languages. For looking at, not
 * for the build: {@code ./mvnw test -Dtest=RoundScreenshots -Dscreenshots=true}.
 */
@BrowserTest
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class RoundScreenshots {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Rounds rounds;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	Clock clock;

	@Test
	void theRoundPagesAtDesktopAndPhoneWidthInBothLanguages(Page page) {
		RoundPlans.Krn krn = RoundPlans.krn(port, db, accounts);
		LocalDate today = LocalDate.now(clock);
		NewRound autumn = new NewRound("Status høst 2026", today.minusDays(3), today.plusDays(12),
				RoundScope.goals(List.of("1", "2")), "Hei! Oppdater status på tiltakene dine innen fristen.");
		Round draft = AccountFixtures.as(accounts, krn.owner(), () -> rounds.create(krn.plan(), autumn));
		Round open = AccountFixtures.as(accounts, krn.owner(), () -> rounds.open(rounds.create(krn.plan(), autumn).id()));
		AccountFixtures.as(accounts, krn.crai(), () -> statuses.record(krn.plan(), "T1.3 d)",
				new StatusReport(State.AT_RISK, today, 20, "Mangler data fra leverandøren."), null));
		String base = "/plans/" + krn.plan() + "/rounds";
		Browsers.signIn(page, krn.owner(), AccountFixtures.PASSWORD);
		shoot(page, "rounds", base);
		shoot(page, "round-draft", base + "/" + draft.id());
		shoot(page, "round-open", base + "/" + open.id());
		shoot(page, "round-report", base + "/" + open.id() + "/report");
		page.context().clearCookies();
		Browsers.signIn(page, "admin", PlansporTest.ADMIN_PASSWORD);
		shoot(page, "outbox", "/admin/mail");
	}

	private static void shoot(Page page, String name, String path) {
		for (int width : List.of(1280, 390)) {
			page.setViewportSize(width, 900);
			for (String lang : List.of("nb", "en")) {
				page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
				Browsers.screenshot(page, "round-" + name + "-" + lang + "-" + width);
			}
		}
	}
}
