package no.planspor.plan;

import java.net.http.HttpResponse;
import java.util.ArrayList;
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

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.WebSession;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.web.EditPaths;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people save the same item (issue 8, point 3): the second keeps what they typed. What only the
 * other person changed is taken in, what only they changed stays, and each field both changed is shown
 * side by side with a choice; nothing is saved until they confirm.
 */
@PlansporTest
class ItemConflictPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	String plan;

	WebSession admin;

	ApiCalls api;

	@BeforeEach
	void copy() {
		plan = EditingPlans.krnWithStrategy(exchange).plan();
		admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		api = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	@Test
	void fieldsOnlyOneSideChangedAreJoinedWithoutAskingAndNothingIsSavedUntilConfirmed() {
		String edit = EditPaths.editItem(plan, "T1.3 d)");
		Map<String, String> fields = formOf(admin.get(edit).body());
		assertThat(fields).containsEntry("responsible", "CRAI").containsEntry("strategyRefs", "1.3")
			.containsEntry("base.comment", "");
		saveMeanwhile("T1.3 d)", "text", "Lagret av en annen i mellomtiden");
		saveMeanwhile("T1.3 d)", "deadline", "2027-06-30");
		fields.put("comment", "Min kommentar");
		fields.put("title", "Min tittel");

		HttpResponse<String> answer = admin.postForm(edit, fields);

		assertThat(answer.statusCode()).isEqualTo(409);
		Document page = Html.page(answer.body());
		Element conflict = one(page, "#conflict");
		assertThat(conflict.text()).contains("Noen andre har lagret endringer mens du redigerte", "Ingenting er lagret ennå",
				"Tatt med fra den andre lagringen: Tekst, Frist.", "Beholdt det du skrev: Tittel, Kommentar.");
		assertThat(conflict.select("fieldset.conflict__choice")).isEmpty();
		FormElement form = editForm(page);
		assertThat(form.select("#conflict")).hasSize(1);
		assertThat(one(form, "input[name=version]").val()).isEqualTo("2");
		assertThat(one(form, "textarea#text").val()).isEqualTo("Lagret av en annen i mellomtiden");
		assertThat(one(form, "input#deadline").val()).isEqualTo("2027-06-30");
		assertThat(one(form, "input#title").val()).isEqualTo("Min tittel");
		assertThat(one(form, "textarea#comment").val()).isEqualTo("Min kommentar");
		assertThat(one(form, "input[name=base.text]").val()).isEqualTo("Lagret av en annen i mellomtiden");
		PlanItem stored = item("T1.3 d)");
		assertThat(stored.comment()).isNull();
		assertThat(stored.version()).isEqualTo(2);

		// Confirming saves the joined item: both people's changes.
		assertThat(admin.postForm(edit, formOf(answer.body())).statusCode()).isEqualTo(302);
		PlanItem saved = item("T1.3 d)");
		assertThat(saved.text()).isEqualTo("Lagret av en annen i mellomtiden");
		assertThat(saved.deadline()).hasToString("2027-06-30");
		assertThat(saved.title()).isEqualTo("Min tittel");
		assertThat(saved.comment()).isEqualTo("Min kommentar");
		assertThat(saved.responsible()).extracting(Party::code).containsExactly("CRAI");
	}

	@Test
	void aFieldBothChangedIsShownSideBySideAndMustBeChosen() {
		String edit = EditPaths.editItem(plan, "T1.3 d)");
		Map<String, String> fields = formOf(admin.get(edit).body());
		saveMeanwhile("T1.3 d)", "text", "Deres tekst");
		saveMeanwhile("T1.3 d)", "deadline", "2027-06-30");
		fields.put("text", "Min tekst");
		fields.put("deadline", "2028-01-15");
		fields.put("comment", "Min kommentar");

		HttpResponse<String> answer = admin.postForm(edit, fields);

		assertThat(answer.statusCode()).isEqualTo(409);
		Document page = Html.page(answer.body());
		Element conflict = one(page, "#conflict");
		assertThat(conflict.text()).contains("Der dere begge har endret det samme feltet, velger du hva som skal gjelde",
				"Beholdt det du skrev: Kommentar.");
		List<String> asked = conflict.select("input[name=clash]").eachAttr("value");
		assertThat(asked).containsExactly("text", "deadline");
		Element text = one(conflict, "fieldset#choice-text");
		assertThat(one(text, "legend").text()).isEqualTo("Tekst: dere har begge endret feltet. Hva skal gjelde?");
		assertThat(one(text, "label[for=choice-text-mine]").text()).contains("Min tekst");
		assertThat(one(text, "label[for=choice-text-stored]").text()).contains("Deres tekst");
		assertThat(text.select("input[type=radio][checked]")).isEmpty();
		// Dates are written the reader's way, not as stored.
		assertThat(one(conflict, "label[for=choice-deadline-mine]").text()).contains("15. januar 2028");
		assertThat(one(conflict, "label[for=choice-deadline-stored]").text()).contains("30. juni 2027");
		// The form keeps what the person typed in the fields both changed.
		assertThat(one(editForm(page), "textarea#text").val()).isEqualTo("Min tekst");

		// Confirming without choosing saves nothing and names each field still to decide.
		HttpResponse<String> refused = admin.postForm(edit, sent(answer.body(), Map.of()));
		assertThat(refused.statusCode()).isEqualTo(400);
		Document again = Html.page(refused.body());
		assertThat(one(again, ".error-summary").text()).contains("Tekst: velg hva som skal gjelde.",
				"Frist: velg hva som skal gjelde.");
		assertThat(one(again, ".error-summary a[href=#choice-text]")).isNotNull();
		assertThat(one(again, "fieldset#choice-text").attr("aria-describedby")).isEqualTo("choice-text-error");
		assertThat(item("T1.3 d)").comment()).isNull();

		// Their text, my deadline: both saved, with my comment that nobody else touched.
		assertThat(admin.postForm(edit, sent(refused.body(), Map.of("choice.text", "stored", "choice.deadline", "mine")))
			.statusCode()).isEqualTo(302);
		PlanItem saved = item("T1.3 d)");
		assertThat(saved.text()).isEqualTo("Deres tekst");
		assertThat(saved.deadline()).hasToString("2028-01-15");
		assertThat(saved.comment()).isEqualTo("Min kommentar");
	}

	@Test
	void aFormWithoutItsStartingValuesJoinsNothingOnAGuess() {
		String edit = EditPaths.editItem(plan, "T1.3 d)");
		Map<String, String> fields = formOf(admin.get(edit).body());
		fields.keySet().removeIf(name -> name.startsWith("base."));
		saveMeanwhile("T1.3 d)", "text", "Deres tekst");
		fields.put("comment", "Min kommentar");

		HttpResponse<String> answer = admin.postForm(edit, fields);

		assertThat(answer.statusCode()).isEqualTo(409);
		Element conflict = one(Html.page(answer.body()), "#conflict");
		assertThat(conflict.select("input[name=clash]").eachAttr("value")).containsExactly("text", "comment");
		assertThat(item("T1.3 d)").comment()).isNull();
	}

	@Test
	void theEditFormCarriesTheValuesItWasFilledFrom() {
		Document page = Html.page(admin.get(EditPaths.editItem(plan, "T1.3 d)")).body());
		FormElement form = editForm(page);
		assertThat(form.select("input[type=hidden][name^=base.]").eachAttr("name")).containsExactly("base.kind",
				"base.code", "base.title", "base.text", "base.deadline", "base.comment", "base.responsible",
				"base.strategyRefs", "base.seeAlso");
		assertThat(one(form, "input[name=base.code]").val()).isEqualTo("T1.3 d)");
		assertThat(page.select("#conflict")).isEmpty();
	}

	/** Someone else saves one field of the item through the API. */
	private void saveMeanwhile(String code, String field, String value) {
		ObjectNode other = api.item(plan, code);
		other.put(field, value);
		assertThat(api.putItem(plan, code, other).statusCode()).isEqualTo(200);
	}

	private PlanItem item(String code) {
		return plans.tree(plan).item(code).orElseThrow();
	}

	/** The form's fields as the browser sends them, each name as often as it stands, with these set or added. */
	private static List<Map.Entry<String, String>> sent(String html, Map<String, String> set) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		editForm(Html.page(html)).formData().forEach(field -> fields.add(Map.entry(field.key(), field.value())));
		set.forEach((name, value) -> {
			fields.removeIf(field -> field.getKey().equals(name));
			fields.add(Map.entry(name, value));
		});
		return fields;
	}

	private static FormElement editForm(Document page) {
		return (FormElement) one(page, "form[action$=/edit]");
	}

	private static Map<String, String> formOf(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		editForm(Html.page(html)).formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
		return fields;
	}
}
