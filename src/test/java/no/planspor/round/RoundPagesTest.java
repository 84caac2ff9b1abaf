package no.planspor.round;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.Html;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round pages as a browser gets them: the form refuses bad input naming each field, the draft's
 * preview lists who is asked and what nobody can be asked about, the open round's progress (and its
 * polled fragment) counts answers, and "Mine tiltak" lists the round the person owes, with its items first.
 */
@PlansporTest
class RoundPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	Clock clock;

	RoundPlans.Krn krn;

	@BeforeEach
	void plan() {
		krn = RoundPlans.krn(port, db, accounts);
	}

	@Test
	void createPreviewOpenAndFollowInTheBrowsersWay() {
		WebSession owner = WebSession.signedIn(port, krn.owner(), AccountFixtures.PASSWORD);
		String rounds = "/plans/" + krn.plan() + "/rounds";
		Document list = Html.page(owner.get(rounds).body());
		assertThat(list.select("h1").text()).isEqualTo("Statusrunder");
		String token = WebSession.csrfToken(list.outerHtml());

		LocalDate today = LocalDate.now(clock);
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("_csrf", token);
		bad.put("title", "");
		bad.put("asOf", today.toString());
		bad.put("due", "neste uke");
		bad.put("scope", "all");
		HttpResponse<String> refused = owner.postForm(rounds, bad);
		assertThat(refused.statusCode()).isEqualTo(400);
		Document again = Html.page(refused.body());
		assertThat(again.select(".error-summary a").eachAttr("href")).containsExactly("#title", "#due");
		assertThat(again.select("#due").val()).isEqualTo("neste uke");

		Map<String, String> good = new LinkedHashMap<>(bad);
		good.put("title", "Status høst 2026");
		good.put("due", today.plusDays(10).toString());
		good.put("scope", "goals");
		good.put("goals", "1");
		good.put("message", "Hei alle sammen!");
		HttpResponse<String> created = owner.postForm(rounds, good);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String page = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

		Document draft = Html.page(owner.get(page).body());
		assertThat(draft.select("h1 .badge").text()).isEqualTo("Utkast");
		assertThat(draft.select(".alert--warning").text()).contains("T1.3 a)");
		// The owner is an editor: the user pages are for administrators, so the page asks for one instead of linking there.
		assertThat(draft.select(".alert--warning a[href=/admin/users]")).isEmpty();
		assertThat(draft.select(".alert--warning p").text()).contains("Be en administrator koble personer");
		assertThat(draft.select("caption:containsOwn(Personer som spørres) + thead + tbody tr th").eachText())
			.containsExactlyInAnyOrder("Test " + krn.leader(), "Test " + krn.crai());

		assertThat(draft.text()).as("the owner sees where the letters go").contains("@planspor.test");
		assertThat(Html.page(WebSession.signedIn(port, krn.crai(), AccountFixtures.PASSWORD).get(page).body()).text())
			.as("others do not see the staff's addresses").doesNotContain("@planspor.test");

		HttpResponse<String> opened = owner.postForm(page + "/open", Map.of("_csrf", WebSession.csrfToken(draft.outerHtml())));
		assertThat(opened.statusCode()).isEqualTo(302);
		Document open = Html.page(owner.get(page).body());
		assertThat(open.select("h1 .badge").text()).isEqualTo("Åpen");
		Element progress = Html.one(open, "#round-progress");
		assertThat(progress.attr("hx-trigger")).isEqualTo("every 15s");
		assertThat(progress.select(".round-summary__count").text()).startsWith("0 av ");
		// The owner sees the letters that went out, one per person, in words
		assertThat(open.select(".round-letters tbody tr td:nth-child(2)").eachText()).containsExactly("Spørsmål", "Spørsmål");
		assertThat(open.select(".round-report a").eachAttr("href")).containsExactly(page + "/report", page + "/report.pdf",
				page + "/report.xlsx");

		AccountFixtures.as(accounts, krn.crai(), () -> statuses.record(krn.plan(), "T1.3 d)",
				new StatusReport(State.AT_RISK, today, 20, "Mangler data."), null));
		Element fragment = Html.fragment(owner.get(page + "/progress").body());
		assertThat(fragment.select(".round-summary__count").text()).startsWith("1 av ");
		Element answered = fragment.select(".round-items tr.is-answered").first();
		assertThat(answered.text()).contains("T1.3 d)", "Risiko", "Mangler data.");

		Document missing = Html.page(owner.get(page + "?show=missing&person=" + krn.crai()).body());
		assertThat(missing.select(".round-items tbody tr.is-answered")).isEmpty();
		assertThat(missing.select(".round-items tbody tr")).isNotEmpty();

		// A contributor who may not run the round does not see the letters
		assertThat(Html.page(WebSession.signedIn(port, krn.crai(), AccountFixtures.PASSWORD).get(page).body())
			.select(".round-letters")).isEmpty();

		// Mine tiltak: the round waits for CRAI's other items, which come first
		WebSession crai = WebSession.signedIn(port, krn.crai(), AccountFixtures.PASSWORD);
		Document mine = Html.page(crai.get("/mine").body());
		assertThat(mine.select(".mine-rounds a").eachAttr("href")).contains(page);
		Element firstCard = mine.select("section.mine-plan").stream()
			.filter(section -> section.text().contains(krn.plan()) || section.select("a[href=/plans/" + krn.plan() + "]").size() > 0)
			.findFirst().orElseThrow().select("li.my-item").first();
		assertThat(firstCard.select(".badge--round")).hasSize(1);

		// a reader sees the round but no actions
		WebSession reader = WebSession.signedIn(port, krn.reader(), AccountFixtures.PASSWORD);
		Document read = Html.page(reader.get(page).body());
		assertThat(read.select(".round-actions")).isEmpty();
		assertThat(read.select("#round-progress")).hasSize(1);
		assertThat(id).isPositive();
	}
}
