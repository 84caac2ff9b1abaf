package no.planspor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import no.planspor.exchange.document.DocumentPlaces;

/** Import problems name the place a person knows beside the JSON path: "Tiltak T1.1 a), indikator 2". */
class DocumentPlacesTest {

	static final String DOCUMENT = """
			{"format": "planspor-plan/1", "kind": "ACTION_PLAN", "items": [
			  {"kind": "GOAL", "code": "1", "children": [
			    {"kind": "SUBGOAL", "code": "1.1"},
			    {"kind": "MEASURE", "code": "T1.1 a)", "indicators": [{"text": "a"}, {"text": "b", "target": {}}]}
			  ]},
			  {"kind": "GOAL"}
			]}
			""";

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	{
		messages.setBasenames("no/planspor/exchange/messages", "no/planspor/plan/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	String place(String path, Locale locale) {
		return DocumentPlaces.of(DOCUMENT.getBytes(StandardCharsets.UTF_8)).place(path, messages, locale);
	}

	@Test
	void aProblemInsideAnItemNamesTheItemAndItsIndicator() {
		Locale nb = Locale.forLanguageTag("nb");
		assertThat(place("$.items[0].children[1].indicators[1].target.value", nb)).isEqualTo("Tiltak T1.1 a), indikator 2");
		assertThat(place("$.items[0].children[1].responsible[0]", nb)).isEqualTo("Tiltak T1.1 a)");
		assertThat(place("$.items[0].children[0].code", nb)).isEqualTo("Delmål 1.1");
		assertThat(place("$.items[0]", nb)).isEqualTo("Mål 1");
		assertThat(place("$.items[0].children[1].indicators[0]", Locale.ENGLISH)).isEqualTo("Measure T1.1 a), indicator 1");
	}

	@Test
	void elsewhereOrWithoutACodeThereIsNoPlaceOnlyThePath() {
		Locale nb = Locale.forLanguageTag("nb");
		assertThat(place("$.items[1].title", nb)).isNull();
		assertThat(place("$.period.from", nb)).isNull();
		assertThat(DocumentPlaces.of("{ikke json".getBytes(StandardCharsets.UTF_8)).place("$.items[0]", messages, nb))
			.isNull();
	}
}
