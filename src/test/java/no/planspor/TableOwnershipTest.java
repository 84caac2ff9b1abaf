package no.planspor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.modulith.ApplicationModule;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module reads and writes only its own tables. What another module needs goes through an
 * interface of the owner's, or through a view that the owner's migration defines and documents as
 * its published read model, which the modules allowed to depend on the owner may read.
 *
 * <p>Checked by reading the code, not by running it: every string literal (text blocks included) in
 * {@code src/main/java/no/planspor/<module>/}, and every table or view a relation keyword
 * ({@code from}, {@code join}, {@code into}, {@code update}, {@code using}, {@code table}) names in
 * it. Comments are not read; a string saying "from plan" in prose would count, but the words people
 * read live in the message bundles, not in Java strings. The migrations are read for what
 * exists: every table and view they create must have an owner here, and a view must come with a
 * comment saying what it publishes.
 */
class TableOwnershipTest {

	static final Path SOURCES = Path.of("src", "main", "java", "no", "planspor");

	static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	/** Who owns each table and view the migrations create. */
	static final Map<String, String> OWNERS = Map.ofEntries(
			// plan: the organisation, the plans and everything in them
			// plan's published read model: plans, live items with their answering parties, indicators
			entry("published_plan", "plan"), entry("published_item", "plan"), entry("published_item_all", "plan"),
			entry("published_indicator", "plan"), entry("published_indicator_all", "plan"),
			entry("unit", "plan"), entry("plan", "plan"), entry("plan_section", "plan"),
			entry("plan_reference", "plan"), entry("party", "plan"), entry("shortlist", "plan"),
			entry("plan_item", "plan"), entry("item_responsible", "plan"), entry("item_strategy_ref", "plan"),
			entry("item_see_also", "plan"), entry("item_shortlist", "plan"), entry("indicator", "plan"),
			entry("item_former_code", "plan"),
			// account: people, their grants and memberships, and their sessions
			entry("app_user", "account"), entry("user_unit", "account"), entry("unit_leader", "account"), entry("party_member", "account"),
			entry("spring_session", "account"), entry("spring_session_attributes", "account"),
			// followup: what is recorded against items
			entry("status_update", "followup"), entry("indicator_value", "followup"),
			// followup's published read model: where each item stands
			entry("item_follow_up", "followup"),
			// followup's published read model: every status update with when it was recorded (V10)
			entry("status_recorded", "followup"),
			// round: reporting rounds, what they ask of whom, and the letters they sent
			entry("reporting_round", "round"), entry("round_item", "round"), entry("round_request", "round"),
			entry("round_letter", "round"),
			// audit
			entry("audit_event", "audit"),
			// version: frozen copies of plans, in shared parts
			entry("plan_version", "version"), entry("version_part", "version"), entry("version_item", "version"),
			// mail: the outbox
			entry("mail_letter", "mail"),
			entry("adoption_step", "adoption"),

			// review: reviews, their decisions and their next shortlist
			entry("review", "review"), entry("review_decision", "review"), entry("review_shortlist_item", "review"));

	/** Words after which SQL names a table or view. */
	private static final Pattern RELATION = Pattern.compile(
			"\\b(?:from|join|into|update|using|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)"
					+ "((?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)",
			Pattern.CASE_INSENSITIVE);

	/** The further tables of a comma-separated {@code from a x, b y}. */
	private static final Pattern LISTED = Pattern.compile(",\\s*([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern CREATED = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(?:(materialized\\s+)?(view)|table)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	@ParameterizedTest
	@ValueSource(strings = { "account", "audit", "database", "exchange", "plan", "report", "shared", "web", "followup",
			"version", "round", "mail", "adoption", "review", "workbook" })
	void aModuleNamesOnlyItsOwnTablesAndTheViewsItMayRead(String module) {
		assertThat(violations(module)).as("SQL of module %s that names what it may not read", module).isEmpty();
	}


	/** A new module is checked too: every module is one of the cases above. */
	@Test
	void everyModuleIsChecked() throws IOException {
		try (Stream<Path> modules = Files.list(SOURCES)) {
			assertThat(modules.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
				.containsExactlyInAnyOrder("account", "audit", "database", "exchange", "plan", "report", "shared",
						"web", "followup", "version", "round", "mail", "adoption", "review", "workbook");
		}
	}

	@Test
	void everyTableAndViewTheMigrationsCreateHasAnOwnerAndEveryViewSaysWhatItPublishes() {
		Map<String, Relation> created = relations();
		assertThat(created.keySet()).as("""
				tables and views created by the migrations without an owner in TableOwnershipTest.OWNERS \
				(add each with the module whose code writes it)""").isSubsetOf(OWNERS.keySet());
		assertThat(OWNERS.keySet()).as("owners of tables and views that no migration creates").isSubsetOf(created.keySet());
		assertThat(created.values().stream().filter(r -> r.view() && !r.documented()).map(Relation::name))
			.as("views without a comment above them saying whose read model they are and what they publish")
			.isEmpty();
	}

	/** The reading itself: text blocks and plain literals are SQL, comments and code are not. */
	@Test
	void theSqlIsFoundInTextBlocksAndPlainStringsButNotInComments() {
		String quotes = "\"\"\"";
		String source = String.join("\n", "class Example {",
				"	// Reads from plan_item (a comment, not SQL)",
				"	/* select * from party */",
				"	String one = \"select p.id from plan p join unit u on u.id = p.unit_id\";",
				"	String two = " + quotes,
				"			update status_update set text = 'it''s \\\"done\\\"'",
				"			where id in (select s.id from status_update s, indicator_value v where true)",
				"			" + quotes + ";",
				"	char quote = '\"';",
				"	String three = \"insert into audit_event (label) values (:label)\";",
				"	String four = \"app_user\";",
				"}");

		List<String> sql = literals(source);
		Set<String> named = new TreeSet<>();
		sql.forEach(literal -> named.addAll(relationsNamed(literal)));

		assertThat(sql).hasSize(4).anySatisfy(literal -> assertThat(literal).contains("'it''s \"done\"'"));
		assertThat(named).containsExactlyInAnyOrder("plan", "unit", "status_update", "indicator_value", "audit_event");
	}

	/** What module {@code module}'s SQL names and may not, one line per statement: "file: names … in: sql". */
	static List<String> violations(String module) {
		Map<String, Relation> relations = relations();
		List<String> found = new ArrayList<>();
		sources(module).forEach(path -> {
			String file = path.getFileName().toString();
			for (String sql : literals(read(path))) {
				List<String> forbidden = new ArrayList<>();
				for (String name : relationsNamed(sql)) {
					String owner = OWNERS.get(name);
					if (owner == null || owner.equals(module)) {
						continue;
					}
					Relation relation = relations.get(name);
					boolean view = relation != null && relation.view();
					if (view && mayDependOn(module, owner)) {
						continue;
					}
					forbidden.add("%s (%s of %s)".formatted(name, view ? "a view" : "a table", owner));
				}
				if (!forbidden.isEmpty()) {
					found.add("%s names %s in: %s".formatted(SOURCES.relativize(path), String.join(", ", forbidden),
							abbreviated(sql)));
				}
			}
		});
		return found;
	}

	/** Whether {@code module}'s package-info allows it to use {@code owner} (undeclared allows any). */
	static boolean mayDependOn(String module, String owner) {
		try {
			ApplicationModule declaration = Class.forName("no.planspor." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
			if (declaration == null) {
				return true;
			}
			List<String> allowed = Arrays.asList(declaration.allowedDependencies());
			return allowed.contains(ApplicationModule.OPEN_TOKEN)
					|| allowed.stream().anyMatch(name -> name.equals(owner) || name.startsWith(owner + "::"));
		}
		catch (ClassNotFoundException noPackageInfo) {
			return true;
		}
	}

	/** Every table and view named after a relation keyword in one piece of SQL, in lower case. */
	static Set<String> relationsNamed(String sql) {
		Set<String> names = new TreeSet<>();
		Matcher relation = RELATION.matcher(sql);
		while (relation.find()) {
			names.add(relation.group(1).toLowerCase(Locale.ROOT));
			Matcher listed = LISTED.matcher(relation.group(2));
			while (listed.find()) {
				names.add(listed.group(1).toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	/** The contents of every string literal and text block in a Java source, comments left out. */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		int at = 0;
		while (at < source.length()) {
			if (source.startsWith("//", at)) {
				at = end(source.indexOf('\n', at), source);
			}
			else if (source.startsWith("/*", at)) {
				at = end(source.indexOf("*/", at + 2), source) + 2;
			}
			else if (source.startsWith("\"\"\"", at)) {
				int close = closing(source, at + 3, "\"\"\"");
				literals.add(unescaped(source.substring(at + 3, close).replace("\\\n", "")));
				at = close + 3;
			}
			else if (source.charAt(at) == '"') {
				int close = closing(source, at + 1, "\"");
				literals.add(unescaped(source.substring(at + 1, close)));
				at = close + 1;
			}
			else if (source.charAt(at) == '\'') {
				at = closing(source, at + 1, "'") + 1;
			}
			else {
				at++;
			}
		}
		return literals;
	}

	/** Where the literal that starts before {@code from} ends: the next {@code quote} not escaped. */
	private static int closing(String source, int from, String quote) {
		int at = from;
		while (at < source.length() && !source.startsWith(quote, at)) {
			at += source.charAt(at) == '\\' ? 2 : 1;
		}
		return Math.min(at, source.length());
	}

	private static int end(int found, String source) {
		return found < 0 ? source.length() : found;
	}

	private static String unescaped(String literal) {
		return literal.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\");
	}

	/** A table or view as the migrations create it; {@code documented} when a comment line stands right above it. */
	record Relation(String name, boolean view, boolean documented) {
	}

	static Map<String, Relation> relations() {
		Map<String, Relation> relations = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
				String sql = read(file);
				Matcher created = CREATED.matcher(sql);
				while (created.find()) {
					String name = created.group(3).toLowerCase(Locale.ROOT);
					String before = sql.substring(0, created.start()).stripTrailing();
					String lastLine = before.substring(before.lastIndexOf('\n') + 1).strip();
					relations.put(name, new Relation(name, created.group(2) != null, lastLine.startsWith("--")));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return relations;
	}

	static Stream<Path> sources(String module) {
		try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
			return files.filter(path -> path.toString().endsWith(".java")).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The statement on one line, cut after 160 characters. */
	private static String abbreviated(String sql) {
		String line = Arrays.stream(sql.strip().split("\\s+")).collect(Collectors.joining(" "));
		return line.length() <= 160 ? line : line.substring(0, 159) + "…";
	}
}
