package no.planspor.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import no.planspor.shared.JsonChecks.Need;
import no.planspor.shared.JsonKeys.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading members out of a JSON object: every problem, with its path, in the caller's codes. */
class JsonChecksTest {

	enum Colour {
		RED, GREEN
	}

	/** Codes of the shape the importer uses, so that each fault can be told apart. */
	private static final JsonKeys KEYS = JsonKeys.GENERIC.withPrefix("test.", Fault.values());

	@Test
	void unknownMembersAreNamedEachAtItsPath() {
		JsonChecks checks = new JsonChecks(KEYS);
		JsonNode doc = json("{\"a\": 1, \"colour\": 2, \"inner\": {\"b\": 3, \"shade\": 4}}");

		checks.object(doc, "$", Set.of("a", "inner"));
		checks.object(doc, "inner", "$", Need.VALUE, Set.of("b"));

		assertThat(checks.problems()).containsExactly(Problem.of("$.colour", "test.unknown-field", "colour"),
				Problem.of("$.inner.shade", "test.unknown-field", "shade"));
	}

	@Test
	void whatAMemberNeedsDecidesWhetherLeavingItOutOrNullIsAProblem() {
		JsonNode doc = json("{\"nothing\": null, \"blank\": \" \"}");
		JsonChecks checks = new JsonChecks(KEYS);

		for (Need need : Need.values()) {
			assertThat(checks.text(doc, "absent", "$", need)).isNull();
			assertThat(checks.text(doc, "nothing", "$", need)).isNull();
			assertThat(checks.text(doc, "blank", "$", need)).isEqualTo(need == Need.VALUE ? null : " ");
		}

		assertThat(checks.problems()).containsExactly(Problem.of("$.absent", "test.missing"),
				Problem.of("$.absent", "test.missing"), Problem.of("$.nothing", "test.required"),
				Problem.of("$.blank", "test.required"));
	}

	@Test
	void aValueOfTheWrongTypeIsToldWithTheValueAsItsArgument() {
		JsonNode doc = json("{\"text\": 5, \"whole\": 2.5, \"big\": 3000000000, \"number\": \"7\", \"list\": {},"
				+ " \"object\": [1], \"id\": \"12\"}");
		JsonChecks checks = new JsonChecks(KEYS);

		assertThat(checks.text(doc, "text", "$", Need.OPTIONAL)).isNull();
		assertThat(checks.integer(doc, "whole", "$", Need.OPTIONAL)).isNull();
		assertThat(checks.integer(doc, "big", "$", Need.OPTIONAL)).isNull();
		assertThat(checks.longInteger(doc, "big", "$", Need.OPTIONAL)).isEqualTo(3_000_000_000L);
		assertThat(checks.longInteger(doc, "id", "$", Need.OPTIONAL)).isNull();
		assertThat(checks.decimal(doc, "number", "$")).isNull();
		assertThat(checks.array(doc, "list", "$", Need.OPTIONAL)).isEmpty();
		assertThat(checks.object(doc, "object", "$", Need.OPTIONAL, Set.of())).isNull();

		assertThat(checks.problems()).containsExactly(Problem.of("$.text", "test.type.text", "5"),
				Problem.of("$.whole", "test.type.integer", "2.5"), Problem.of("$.big", "test.type.integer", "3000000000"),
				Problem.of("$.id", "test.type.integer", "\"12\""), Problem.of("$.number", "test.type.number", "\"7\""),
				Problem.of("$.list", "test.type.array", "{}"), Problem.of("$.object", "test.type.object", "[1]"));
	}

	@Test
	void textsDatesChoicesAndNumbers() {
		JsonNode doc = json("{\"title\": \"abcdef\", \"on\": \"2025-06-01\", \"off\": \"01.06.2025\", \"colour\": \"RED\","
				+ " \"shade\": \"PINK\", \"value\": 30000000.00, \"exp\": 1E+3}");
		JsonChecks checks = new JsonChecks(KEYS);

		assertThat(checks.text(doc, "title", "$", Need.VALUE, 5)).isEqualTo("abcdef");
		assertThat(checks.date(doc, "on", "$", Need.OPTIONAL)).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(checks.date(doc, "off", "$", Need.OPTIONAL)).isNull();
		assertThat(checks.choice(doc, "colour", "$", Colour.class, Need.VALUE)).isEqualTo(Colour.RED);
		assertThat(checks.choice(doc, "shade", "$", Colour.class, Need.VALUE)).isNull();
		assertThat(checks.decimal(doc, "value", "$")).hasToString("30000000");
		assertThat(checks.decimal(doc, "exp", "$")).hasToString("1000");

		assertThat(checks.problems()).containsExactly(Problem.of("$.title", "test.too-long", 6, 5),
				Problem.of("$.off", "test.date", "01.06.2025"), Problem.of("$.shade", "test.choice", "PINK", "RED, GREEN"));
	}

	@Test
	void aListKeepsItsIndexesWhereAnElementCannotBeRead() {
		JsonNode doc = json("{\"codes\": [\"A\", 7, \" \", \"TOO-LONG\", \"B\"], \"items\": [{\"a\": 1}, null, 3]}");
		JsonChecks checks = new JsonChecks(KEYS);

		assertThat(checks.codes(doc, "codes", "$", Need.OPTIONAL, 5)).containsExactly("A", null, null, null, "B");
		assertThat(checks.texts(doc, "codes", "$", Need.OPTIONAL)).containsExactly("A", null, " ", "TOO-LONG", "B");
		var items = checks.array(doc, "items", "$", Need.OPTIONAL);
		for (int i = 0; i < items.size(); i++) {
			checks.object(items.get(i), "$.items[" + i + "]", Set.of("a"));
		}

		assertThat(checks.problems()).containsExactly(Problem.of("$.codes[1]", "test.type.text", "7"),
				Problem.of("$.codes[2]", "test.type.text", "\" \""), Problem.of("$.codes[3]", "test.too-long", 8, 5),
				Problem.of("$.codes[1]", "test.type.text", "7"), Problem.of("$.items[1]", "test.type.object", "null"),
				Problem.of("$.items[2]", "test.type.object", "3"));
	}

	@Test
	void genericCodesAreTheWebBundlesAndProblemsAreRefusedTogether() {
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		JsonNode doc = json("{\"progress\": \"mye\", \"colour\": 1}");

		checks.object(doc, "$", Set.of("progress"));
		checks.integer(doc, "progress", "$", Need.OPTIONAL);
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, checks::refuseIfAny);

		assertThat(refused.problems()).extracting(Problem::path, Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("$.colour", "error.json.unknown-field"),
					org.assertj.core.groups.Tuple.tuple("$.progress", "error.json.wrong-type"));
		assertThat(Arrays.stream(Fault.values()).map(JsonKeys.GENERIC::key))
			.allSatisfy(key -> assertThat(key).matches("error\\.(json|body)\\.[a-z-]+"));
		new JsonChecks(JsonKeys.GENERIC).refuseIfAny();
	}

	@Test
	void plainNumbersHaveNoTrailingZerosAndNoExponent() {
		assertThat(JsonChecks.plain(new BigDecimal("3.0"))).hasToString("3");
		assertThat(JsonChecks.plain(new BigDecimal("3E+7"))).hasToString("30000000");
		assertThat(JsonChecks.plain(new BigDecimal("12.50"))).hasToString("12.5");
		assertThat(JsonChecks.plain(null)).isNull();
	}

	private static JsonNode json(String text) {
		return JsonBody.object(text.getBytes(StandardCharsets.UTF_8), JsonBody.MAX_BYTES, KEYS);
	}
}
