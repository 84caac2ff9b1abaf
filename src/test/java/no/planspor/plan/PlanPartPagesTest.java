package no.planspor.plan;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.editing.PartyEditing.EditableParty;
import no.planspor.plan.web.EditPaths;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan editor's tabs for sections ("Tekst") and parties ("Ansvarlige") as a browser without
 * JavaScript uses them: a refused form comes back (400) naming its problems, a stale save shows what is
 * stored (409), a stale step up or down comes back to the tab with a warning, and each change that
 * succeeds goes back to the tab with a notice.
 */
@PlansporTest
class PlanPartPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PartyEditing parties;

	String plan;

	WebSession admin;

	String csrf;

	@BeforeEach
	void copy() {
		plan = EditingPlans.krnWithStrategy(exchange).plan();
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		csrf = WebSession.csrfToken(admin.get(sections() + "/new").body());
	}

	@Test
	void aSectionGoesThroughItsFormsAndTab() {
		HttpResponse<String> refused = post(sections(), Map.of("heading", "Bakgrunn", "body", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		Document form = Html.page(refused.body());
		assertThat(one(form, ".error-summary").text()).contains("Tekst: Fyll ut feltet.");
		assertThat(one(form, "input[name=heading]").val()).isEqualTo("Bakgrunn");

		HttpResponse<String> added = post(sections(), Map.of("heading", "Bakgrunn", "body", "Planen bygger på."));
		assertThat(added.statusCode()).isEqualTo(302);
		String anchor = location(added);
		assertThat(anchor).contains(sections() + "#section-");
		assertThat(notice(anchor)).isEqualTo("Avsnittet er lagt til.");
		String section = sections() + "/" + anchor.substring(anchor.indexOf("#section-") + "#section-".length());

		HttpResponse<String> stale = post(section, Map.of("heading", "Ny bakgrunn", "body", "Planen bygger på.",
				"version", "7"));
		assertThat(stale.statusCode()).isEqualTo(409);
		Document conflict = Html.page(stale.body());
		assertThat(one(conflict, ".conflict tbody").text()).contains("Overskrift").contains("Ny bakgrunn");
		assertThat(one(conflict, "input[name=heading]").val()).isEqualTo("Bakgrunn");

		HttpResponse<String> saved = post(section, Map.of("heading", "Ny bakgrunn", "body", "Planen bygger på.",
				"version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(location(saved)).isEqualTo(anchor);
		assertThat(notice(anchor)).isEqualTo("Avsnittet er lagret.");

		HttpResponse<String> staleStep = post(section + "/reorder", Map.of("direction", "up", "version", "0"));
		assertThat(staleStep.statusCode()).isEqualTo(302);
		assertThat(location(staleStep)).isEqualTo(anchor);
		assertThat(one(page(anchor), ".alert--warning").text()).startsWith("Noen andre endret dette i mellomtiden.");

		HttpResponse<String> staleDelete = post(section + "/delete", Map.of("version", "0"));
		assertThat(staleDelete.statusCode()).isEqualTo(409);
		assertThat(one(Html.page(staleDelete.body()), ".alert--warning").text())
			.startsWith("Noen andre endret dette i mellomtiden.");

		HttpResponse<String> deleted = post(section + "/delete", Map.of("version", "1"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(location(deleted)).isEqualTo(sections());
		assertThat(notice(sections())).isEqualTo("Avsnittet er slettet.");
	}

	@Test
	void aPartyGoesThroughItsFormsAndTab() {
		HttpResponse<String> refused = post(partyTab(), Map.of("code", "XQ", "name", "", "kind", "NOPE"));
		assertThat(refused.statusCode()).isEqualTo(400);
		Document form = Html.page(refused.body());
		// The kind that could not be read comes first, named once as such, not also as missing.
		assertThat(one(form, ".error-summary").select("li").eachText())
			.containsExactly("Type: Velg en av verdiene i listen.", "Navn: Fyll ut feltet.");
		assertThat(one(form, "input[name=code]").val()).isEqualTo("XQ");

		HttpResponse<String> added = post(partyTab(), Map.of("code", "XQ", "name", "Kvalitetsrådet", "kind", "BODY"));
		assertThat(added.statusCode()).isEqualTo(302);
		EditableParty party = parties.parties(plan).stream().filter(p -> p.code().equals("XQ")).findFirst().orElseThrow();
		String anchor = partyTab() + "#party-" + party.id();
		assertThat(location(added)).isEqualTo(anchor);
		assertThat(notice(anchor)).isEqualTo("XQ er lagt til.");

		String path = partyTab() + "/" + party.id();
		HttpResponse<String> stale = post(path, Map.of("code", "XR", "name", "Kvalitetsrådet", "kind", "BODY",
				"version", "7"));
		assertThat(stale.statusCode()).isEqualTo(409);
		Document conflict = Html.page(stale.body());
		assertThat(one(conflict, ".conflict tbody").text()).contains("Kode").contains("XR").doesNotContain("Navn");
		assertThat(one(conflict, "input[name=code]").val()).isEqualTo("XQ");

		HttpResponse<String> saved = post(path, Map.of("code", "XR", "name", "Kvalitetsrådet", "kind", "BODY",
				"version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(notice(location(saved))).isEqualTo("XR er lagret.");

		HttpResponse<String> staleStep = post(path + "/reorder", Map.of("direction", "up", "version", "0"));
		assertThat(staleStep.statusCode()).isEqualTo(302);
		assertThat(location(staleStep)).isEqualTo(anchor);
		assertThat(one(page(anchor), ".alert--warning").text()).startsWith("Noen andre endret dette i mellomtiden.");

		HttpResponse<String> deleted = post(path + "/delete", Map.of("version", "1"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(location(deleted)).isEqualTo(partyTab());
		assertThat(notice(partyTab())).isEqualTo("XR er slettet.");
	}

	private String sections() {
		return EditPaths.editPlan(plan) + "/sections";
	}

	private String partyTab() {
		return EditPaths.editPlan(plan) + "/parties";
	}

	private HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> form = new java.util.LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		return admin.postForm(path, form);
	}

	/** Where a redirect goes, as a path on this site. */
	private String location(HttpResponse<String> answer) {
		return answer.headers().firstValue("Location").orElseThrow().replace(admin.base(), "");
	}

	/** The page at {@code path} (its anchor left out, as a browser sends it). */
	private Document page(String path) {
		HttpResponse<String> answer = admin.get(path.replaceFirst("#.*$", ""));
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Html.page(answer.body());
	}

	/** The notice the page after a redirect shows once. */
	private String notice(String path) {
		return one(page(path), ".alert--success").text();
	}
}
