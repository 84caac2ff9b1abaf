package no.planspor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The follow-up module reads plans only through the plan module's published read model (the
 * {@code published_*} views of migration V6) or its Java API: no SQL string in the module names one
 * of the plan module's tables.
 */
class FollowUpSqlBoundaryTest {

	private static final Path MODULE = Path.of("src/main/java/no/planspor/followup");

	private static final Pattern PLAN_TABLE = Pattern.compile("(?i)\\b(from|join|into|update)\\s+(unit|plan"
			+ "|plan_section|plan_reference|party|shortlist|plan_item|item_responsible|item_strategy_ref"
			+ "|item_see_also|item_shortlist|indicator)\\b");

	/** Text blocks and string literals: where SQL is written. */
	private static final Pattern STRINGS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"", Pattern.DOTALL);

	@Test
	void noSqlInTheModuleNamesAPlanTable() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MODULE)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher string = STRINGS.matcher(Files.readString(file));
				while (string.find()) {
					String text = string.group(1) != null ? string.group(1) : string.group(2);
					Matcher table = PLAN_TABLE.matcher(text);
					while (table.find()) {
						found.add(MODULE.relativize(file) + ": " + table.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsAPlanTable() {
		assertThat(PLAN_TABLE.matcher("select 1 from plan_item i join plan p on p.id = i.plan_id").find()).isTrue();
		assertThat(PLAN_TABLE.matcher("where id in (select id from indicator where item_id = :item)").find()).isTrue();
		assertThat(PLAN_TABLE.matcher("from published_item i join published_plan p").find()).isFalse();
		assertThat(PLAN_TABLE.matcher("from indicator_value v").find()).isFalse();
	}
}
