package no.planspor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the user interface is in both languages: each module's bokmål bundle and English
 * bundle hold the same keys with real values, every bundle is known to the application, and every
 * key a template asks for exists.
 */
class MessageBundlesTest {

	private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyModuleHasBothLanguagesWithTheSameKeysAndNoEmptyValues() throws IOException {
		Map<String, Properties> bokmal = bundles("messages.properties");
		assertThat(bokmal).containsKeys("web", "account", "plan", "exchange");
		List<String> problems = new ArrayList<>();
		for (var module : bokmal.entrySet()) {
			Properties nb = module.getValue();
			Properties en = load("no/planspor/" + module.getKey() + "/messages_en.properties");
			if (en == null) {
				problems.add(module.getKey() + ": no messages_en.properties");
				continue;
			}
			Set<String> onlyNb = new TreeSet<>(nb.stringPropertyNames());
			onlyNb.removeAll(en.stringPropertyNames());
			Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
			onlyEn.removeAll(nb.stringPropertyNames());
			onlyNb.forEach(key -> problems.add(module.getKey() + ": " + key + " has no English text"));
			onlyEn.forEach(key -> problems.add(module.getKey() + ": " + key + " has no bokmål text"));
			empty(nb).forEach(key -> problems.add(module.getKey() + ": " + key + " is empty in bokmål"));
			empty(en).forEach(key -> problems.add(module.getKey() + ": " + key + " is empty in English"));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noKeyIsDefinedInTwoModules() throws IOException {
		Map<String, List<String>> modulesByKey = new TreeMap<>();
		bundles("messages.properties").forEach((module, messages) -> messages.stringPropertyNames()
			.forEach(key -> modulesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(module)));
		assertThat(modulesByKey).allSatisfy((key, modules) -> assertThat(modules).as(key).hasSize(1));
	}

	@Test
	void messagesAreValidMessageFormatPatterns() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			bundles(file).forEach((module, messages) -> messages.stringPropertyNames().forEach(key -> {
				String value = messages.getProperty(key);
				String where = module + "/" + file + ": " + key;
				if (PLACEHOLDER.matcher(value).find()) {
					try {
						new MessageFormat(value);
					}
					catch (IllegalArgumentException ex) {
						problems.add(where + " is not a valid pattern: " + ex.getMessage());
					}
					if (LONE_APOSTROPHE.matcher(value).find()) {
						problems.add(where + " has arguments, so its apostrophes must be doubled ('')");
					}
				}
				else if (value.contains("''")) {
					problems.add(where + " has no arguments, so '' would show doubled");
				}
			}));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyBundleIsKnownToTheApplication() throws IOException {
		Properties application = load("application.properties");
		List<String> basenames = Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::trim)
			.toList();
		for (String module : bundles("messages.properties").keySet()) {
			assertThat(basenames).contains("no/planspor/" + module + "/messages");
		}
	}

	@Test
	void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
		Set<String> nb = allKeys("messages.properties");
		Set<String> en = allKeys("messages_en.properties");
		List<String> missing = new ArrayList<>();
		Resource[] templates = RESOURCES.getResources("classpath*:no/planspor/**/*.html");
		assertThat(templates).isNotEmpty();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			String name = template.getURI().toString().replaceFirst(".*/no/planspor/", "");
			for (String found : expressions(html)) {
				String expression = found.trim();
				for (Set<String> keys : List.of(nb, en)) {
					String language = keys == nb ? "bokmål" : "English";
					checkKey(expression, keys).ifPresent(key -> missing.add(name + ": " + key + " (" + language + ")"));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theTemplateCheckSeesTheKeysItShouldCheck() {
		String html = """
				<title th:text="#{login.title}">x</title>
				<h1 th:text="#{|error.title.${status}|}">x</h1>
				<a th:attr="aria-label=#{files.download.label(${plan.title})}">x</a>
				<p th:text="#{${dynamic}}">x</p>
				""";
		assertThat(expressions(html)).containsExactly("login.title", "|error.title.${status}|",
				"files.download.label(${plan.title})", "${dynamic}");
		Set<String> keys = Set.of("login.title", "error.title.404");
		assertThat(checkKey("login.title", keys)).isEmpty();
		assertThat(checkKey("login.missing", keys)).contains("login.missing");
		assertThat(checkKey("|error.title.${status}|", keys)).isEmpty();
		assertThat(checkKey("|nothing.${status}|", keys)).contains("nothing.…");
		assertThat(checkKey("files.download.label(${plan.title})", keys)).contains("files.download.label");
		assertThat(checkKey("${dynamic}", keys)).isEmpty();
	}

	/** What stands inside each {@code #{...}} of a template, nested braces ({@code ${x}}) and all. */
	static List<String> expressions(String html) {
		List<String> found = new ArrayList<>();
		for (int start = html.indexOf("#{"); start >= 0; start = html.indexOf("#{", start + 2)) {
			int depth = 0;
			for (int i = start + 1; i < html.length(); i++) {
				char c = html.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}' && --depth == 0) {
					found.add(html.substring(start + 2, i));
					break;
				}
			}
		}
		return found;
	}

	/** The key or prefix an expression names, if the bundles lack it. */
	private static java.util.Optional<String> checkKey(String expression, Set<String> keys) {
		if (expression.startsWith("|")) {
			// #{|error.title.${status}|}: the literal part must start some key.
			String prefix = expression.substring(1).split("\\$\\{", 2)[0].replace("|", "");
			if (prefix.isEmpty() || keys.stream().anyMatch(k -> k.startsWith(prefix))) {
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(prefix + "…");
		}
		if (expression.startsWith("${") || expression.startsWith("*{") || expression.startsWith("'")) {
			return java.util.Optional.empty();
		}
		String key = expression.split("\\(", 2)[0].trim();
		if (!key.matches("[A-Za-z0-9_.\\-]+") || keys.contains(key)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(key);
	}

	private static Set<String> allKeys(String file) throws IOException {
		Set<String> keys = new TreeSet<>();
		bundles(file).values().forEach(p -> keys.addAll(p.stringPropertyNames()));
		return keys;
	}

	/** The bundles of every module, by module name. */
	private static Map<String, Properties> bundles(String file) throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Resource resource : RESOURCES.getResources("classpath*:no/planspor/*/" + file)) {
			String module = resource.getURI().toString().replaceFirst(".*/no/planspor/([^/]+)/" + file + "$", "$1");
			bundles.put(module, load(resource));
		}
		return bundles;
	}

	private static List<String> empty(Properties messages) {
		return messages.stringPropertyNames().stream().filter(k -> messages.getProperty(k).isBlank()).sorted().toList();
	}

	private static Properties load(String classpathLocation) throws IOException {
		Resource resource = RESOURCES.getResource("classpath:" + classpathLocation);
		return resource.exists() ? load(resource) : null;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
