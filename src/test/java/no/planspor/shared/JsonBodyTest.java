package no.planspor.shared;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The strict body reader: one problem at {@code $} for every way a body can fail to be one JSON object. */
class JsonBodyTest {

	private static final JsonKeys KEYS = JsonKeys.GENERIC;

	@Test
	void readsAnObjectWithDecimalsAsWritten() {
		ObjectNode body = read("{\"value\": 12.345, \"big\": 12345678901234567890, \"list\": [1, \"a\", null, true]}");

		assertThat(body.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("12.345"));
		assertThat(body.get("value").decimalValue().scale()).isEqualTo(3);
		assertThat(body.get("big").bigIntegerValue().toString()).isEqualTo("12345678901234567890");
		assertThat(body.get("list").toString()).isEqualTo("[1,\"a\",null,true]");
	}

	@Test
	void aKeyTwiceIsNamedWithWhereItStandsTheSecondTime() {
		assertThat(problems("{\"state\": \"A\",\n  \"state\": \"B\"}"))
			.containsExactly(Problem.of("$", "error.json.duplicate-key", "state", 2, 3));
		// In a nested object too; the same key in two objects is no repetition.
		assertThat(problems("{\"a\": {\"x\": 1}, \"b\": [{\"x\": 1, \"y\": 2, \"x\": 3}]}"))
			.containsExactly(Problem.of("$", "error.json.duplicate-key", "x", 1, 40));
	}

	@Test
	void malformedJsonAndTrailingContentAreOneProblemWithLineAndColumn() {
		assertThat(problems("{\"state\": \"ON_TRACK\",\n")).singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("error.json.malformed"))
			.satisfies(p -> assertThat(p.args().get(0)).isEqualTo(2));
		assertThat(problems("{} {}")).containsExactly(Problem.of("$", "error.json.malformed", 1, 4));
		assertThat(problems("{\"a\": 1} x")).singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("error.json.malformed"));
		assertThat(problems("{\"a\": [1, 2}")).singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("error.json.malformed"));
	}

	@Test
	void noBodyAndABodyThatIsNoObjectAreToldApart() {
		JsonKeys keys = KEYS.with(JsonKeys.Fault.EMPTY, "test.empty").with(JsonKeys.Fault.NOT_AN_OBJECT, "test.object");

		assertThat(problems("", keys)).containsExactly(Problem.of("$", "test.empty"));
		assertThat(problems(" \n ", keys)).containsExactly(Problem.of("$", "test.empty"));
		assertThat(problems("null", keys)).containsExactly(Problem.of("$", "test.object"));
		assertThat(problems("[1]", keys)).containsExactly(Problem.of("$", "test.object"));
		assertThat(problems("\"text\"", keys)).containsExactly(Problem.of("$", "test.object"));
		assertThat(catchThrowableOfType(InvalidInput.class, () -> JsonBody.object((byte[]) null, 10, keys)).problems())
			.containsExactly(Problem.of("$", "test.empty"));
	}

	@Test
	void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
		byte[] big = ("{\"text\": \"" + "x".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
		CountingStream in = new CountingStream(big);

		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> JsonBody.object(in, 2048, KEYS));

		assertThat(refused.problems()).containsExactly(Problem.of("$", "error.json.too-large", 3, 2));
		assertThat(in.read).isEqualTo(2049);
		assertThat(JsonBody.object(new ByteArrayInputStream(big), big.length, KEYS).get("text").stringValue())
			.hasSize(3000);
	}

	private static ObjectNode read(String json) {
		return JsonBody.object(json.getBytes(StandardCharsets.UTF_8), JsonBody.MAX_BYTES, KEYS);
	}

	private static List<Problem> problems(String json) {
		return problems(json, KEYS);
	}

	private static List<Problem> problems(String json, JsonKeys keys) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> JsonBody.object(json.getBytes(StandardCharsets.UTF_8), JsonBody.MAX_BYTES, keys));
		assertThat(refused).as(json).isNotNull();
		return refused.problems();
	}

	/** Counts the bytes taken, to show that an oversized body is not read to its end. */
	private static final class CountingStream extends ByteArrayInputStream {

		int read;

		CountingStream(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			int n = super.read(b, off, len);
			read += Math.max(n, 0);
			return n;
		}
	}
}
