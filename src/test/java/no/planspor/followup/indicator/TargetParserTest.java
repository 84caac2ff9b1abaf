package no.planspor.followup.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import no.planspor.plan.Target.Kind;
import no.planspor.plan.Target.Per;
import no.planspor.plan.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TargetParserTest {

	/** One row per indicator text of the seed plans; the format is described in the file's header. */
	private static final String TABLE = "indicator-target-proposals.tsv";

	private static final String SEEDS = "classpath*:no/planspor/exchange/seeds/0?-*.json";

	private final TargetParser parser = new TargetParser();

	record Row(int line, String text, String kind, String value, String unit, String per) {
		@Override
		public String toString() {
			return text;
		}
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("table")
	void proposesTheTargetInTheTableForEverySeedIndicator(Row row) {
		check(row, parser.propose(row.text()));
	}

	/** Cases the seed texts do not cover: number formats, money words, and what must not be guessed. */
	static Stream<Row> moreCases() {
		return Stream.of(
				row("Minst 10 000 pasienter inkludert i studier", "COUNT", "10000", "pasienter", "PLAN"),
				row("Minst 10\u00a0000 pasienter", "COUNT", "10000", "pasienter", "PLAN"),
				row("Minst 1.500 pasienter", "COUNT", "1500", "pasienter", "PLAN"),
				row("Minst 2,5 prosent av budsjettet", "PERCENT", "2.5", "%", "PLAN"),
				row("Øke andelen kvinnelige professorer til 40%", "PERCENT", "40", "%", "PLAN"),
				row("Eksterne midler på 2,5 mrd kr i perioden", "AMOUNT", "2500000000", "NOK", "PLAN"),
				row("Minst 12 millioner kroner per år i eksterne midler", "AMOUNT", "12000000", "NOK", "YEAR"),
				row("Kr 500 000 årlig til såkornmidler", "AMOUNT", "500000", "NOK", "YEAR"),
				row("Minst 5 publikasjoner årlig", "COUNT", "5", "publikasjoner", "YEAR"),
				row("Seminar 2 ganger i året", "RECURRING", "2", null, "YEAR"),
				row("Hvert år: fagdag for alle forskere", "RECURRING", "1", null, "YEAR"),
				row("Ha minst to nye kliniske studier", "COUNT", "2", "studier", "PLAN"),
				row("Arrangere minst ti seminarer", "COUNT", "10", "seminarer", "PLAN"),
				row("Opprette en ny forskergruppe", "MILESTONE", null, null, null),
				row("Redusere liggetid med 10%", "-", null, null, null),
				row("Økt antall publikasjoner innen 2027", "-", null, null, null),
				row("2.5 % flere studier", "-", null, null, null),
				row("Innen 2 år: evaluere ordningen", "-", null, null, null),
				row("", "-", null, null, null));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("moreCases")
	void proposesOnlyWhatTheTextSays(Row row) {
		check(row, parser.propose(row.text()));
	}

	@Test
	void proposesNothingForNoText() {
		assertThat(parser.propose(null)).isEmpty();
	}

	@Test
	void tableHasEachTextOnce() throws IOException {
		Set<String> seen = new HashSet<>();
		assertThat(table()).allSatisfy(row -> assertThat(seen.add(row.text())).as("line %d repeats a text", row.line()).isTrue());
	}

	/** The table cannot silently fall behind the seed plans: same texts on both sides. */
	@Test
	void tableHasARowForEverySeedIndicatorAndNoOther() throws IOException {
		Resource[] seeds = new PathMatchingResourcePatternResolver().getResources(SEEDS);
		assertThat(seeds).as("seed plans on the classpath").hasSize(3);
		JsonMapper json = JsonMapper.builder().build();
		Set<String> seedTexts = new TreeSet<>();
		for (Resource seed : seeds) {
			try (InputStream in = seed.getInputStream()) {
				collectIndicatorTexts(json.readTree(in), seedTexts);
			}
		}
		Set<String> tableTexts = new TreeSet<>(table().map(Row::text).toList());

		Set<String> missing = new TreeSet<>(seedTexts);
		missing.removeAll(tableTexts);
		Set<String> stale = new TreeSet<>(tableTexts);
		stale.removeAll(seedTexts);
		assertThat(missing).as("seed indicator texts without a row in " + TABLE).isEmpty();
		assertThat(stale).as("rows in " + TABLE + " for texts that are in no seed plan").isEmpty();
	}

	/** Every {@code indicators[].text}, wherever the tree puts it (items and their children). */
	private static void collectIndicatorTexts(JsonNode node, Set<String> texts) {
		if (node.isObject()) {
			JsonNode indicators = node.get("indicators");
			if (indicators != null && indicators.isArray()) {
				indicators.values().forEach(indicator -> texts.add(indicator.get("text").asString()));
			}
		}
		if (node.isContainer()) {
			node.values().forEach(child -> collectIndicatorTexts(child, texts));
		}
	}

	private static void check(Row row, Optional<Target> proposal) {
		if (row.kind().equals("-")) {
			assertThat(proposal).as("line %d: no proposal", row.line()).isEmpty();
			return;
		}
		assertThat(proposal).as("line %d: a proposal", row.line()).isPresent();
		Target target = proposal.get();
		assertThat(target.kind()).as("kind").isEqualTo(Kind.valueOf(row.kind()));
		if (row.value() == null) {
			assertThat(target.value()).as("value").isNull();
		}
		else {
			assertThat(target.value()).as("value").isEqualByComparingTo(row.value());
		}
		assertThat(target.unit()).as("unit").isEqualTo(row.unit());
		assertThat(target.per()).as("per").isEqualTo(row.per() == null ? null : Per.valueOf(row.per()));
		assertThat(target.baseline()).as("baseline").isNull();
		assertThat(target.due()).as("due").isNull();
	}

	/** The rows of the table: comment lines start with "#", cells are tab-separated, empty means null. */
	static Stream<Row> table() throws IOException {
		InputStream in = TargetParserTest.class.getResourceAsStream(TABLE);
		assertThat(in).as(TABLE + " on the test classpath").isNotNull();
		List<Row> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				assertThat(cells.length).as("line %d: 5 or 6 cells", number).isBetween(5, 6);
				rows.add(new Row(number, cells[0], cells[1], cell(cells[2]), cell(cells[3]), cell(cells[4])));
			}
		}
		return rows.stream();
	}

	private static Row row(String text, String kind, String value, String unit, String per) {
		return new Row(0, text, kind, value, unit, per);
	}

	private static String cell(String cell) {
		return cell.isEmpty() ? null : cell;
	}
}
