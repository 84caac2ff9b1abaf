package no.planspor.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** What end-to-end tests do again and again: sign in, check accessibility, keep a picture. */
public final class Browsers {

	/** WCAG 2.1 level A and AA, the legal bar for Norwegian public-sector software. */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Browsers() {
	}

	/** Signs in through the form and waits until the application has let the person in. */
	public static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("main form[action$='/login'] [type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
	}

	/**
	 * Fails with every WCAG 2.1 A/AA violation axe-core finds on the page as it is now. Text in the
	 * same colour as its background counts too: axe files it under "needs review" (it might be hidden on
	 * purpose), but on our pages it is always a defect (white sign-out button on white, say).
	 */
	public static void assertNoAxeViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = new java.util.ArrayList<>(results.getViolations());
		results.getIncomplete().stream().filter(Browsers::invisibleText).forEach(violations::add);
		if (!violations.isEmpty()) {
			throw new AssertionError(describe(page.url(), violations));
		}
	}

	/** An undecided colour-contrast result whose text has the colour of its background. */
	private static boolean invisibleText(Rule rule) {
		if (!"color-contrast".equals(rule.getId())) {
			return false;
		}
		rule.getNodes()
			.removeIf(node -> node.getAny().stream().noneMatch(check -> String.valueOf(check.getData()).contains("equalRatio")));
		return !rule.getNodes().isEmpty();
	}

	static String describe(String url, List<Rule> violations) {
		StringBuilder message = new StringBuilder()
			.append(violations.size())
			.append(" accessibility violation(s) on ")
			.append(url)
			.append(':');
		for (Rule rule : violations) {
			message.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" (")
				.append(rule.getHelpUrl())
				.append(')');
			for (CheckedNode node : rule.getNodes()) {
				message.append("\n    at ").append(targets(node.getTarget()));
				if (node.getFailureSummary() != null) {
					message.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
				}
			}
		}
		return message.toString();
	}

	private static String targets(Object target) {
		if (target instanceof List<?> selectors) {
			return selectors.stream().map(String::valueOf).collect(Collectors.joining(" >> "));
		}
		return String.valueOf(target);
	}

	/** Saves the whole page as {@code <name>.png} in the screenshot directory and returns the file. */
	public static Path screenshot(Page page, String name) {
		Path file = screenshotFile(name);
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	static void deleteScreenshot(String name) {
		try {
			Files.deleteIfExists(screenshotFile(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path screenshotFile(String name) {
		return screenshotDirectory().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
	}

	/**
	 * {@code -Dplanspor.screenshots=…} if given, else {@code screenshots/} in the build directory (the
	 * parent of the compiled tests), so that builds with {@code -Dplanspor.build.dir} keep theirs apart.
	 */
	static Path screenshotDirectory() {
		try {
			String configured = System.getProperty("planspor.screenshots");
			Path directory = configured != null ? Path.of(configured)
					: Path.of(Browsers.class.getProtectionDomain().getCodeSource().getLocation().toURI())
						.getParent()
						.resolve("screenshots");
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
