package no.planspor.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The Chromium that the browser tests drive: Debian's {@code /usr/bin/chromium}, or the one named by
 * {@code -Dplanspor.chromium=…}. Playwright must not download a browser of its own (the machines here
 * reach no download site), so a machine without it must be told what to install: the first browser
 * test says so in full, every later one in one line, and none is skipped, so that a build without its
 * browser tests cannot pass.
 */
public final class Chromium {

	static final String PROPERTY = "planspor.chromium";

	static final Path DEBIAN = Path.of("/usr/bin/chromium");

	/** Without the background-networking flags Chromium keeps calling out to a network this machine does not have. */
	static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync");

	/** Whether this JVM has already said in full that Chromium is missing. */
	private static final AtomicBoolean TOLD = new AtomicBoolean();

	private Chromium() {
	}

	/** The browser to drive. */
	public static Path path() {
		String configured = System.getProperty(PROPERTY);
		return configured == null || configured.isBlank() ? DEBIAN : Path.of(configured);
	}

	/** Fails at once, saying what to install, where there is no Chromium to drive. */
	public static void require() {
		require(path(), TOLD);
	}

	/** Starts it headless, or fails at once saying what to install. */
	public static Browser launch(Playwright playwright) {
		Path chromium = path();
		require(chromium, TOLD);
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
	}

	/** Fails with {@link Missing} unless {@code chromium} is a program; {@code told} says whether it was said before. */
	static void require(Path chromium, AtomicBoolean told) {
		if (Files.isRegularFile(chromium) && Files.isExecutable(chromium)) {
			return;
		}
		if (told.compareAndSet(false, true)) {
			throw new Missing("Chromium is missing: the browser tests drive Chromium at " + chromium
					+ ", and there is none. Install it (Debian or Ubuntu: sudo apt-get install chromium), or name another"
					+ " Chromium with -D" + PROPERTY + "=/path/to/chromium, and run ./mvnw verify again.");
		}
		throw new Missing("Chromium is missing at " + chromium + " (apt-get install chromium; see the first browser test)");
	}

	/**
	 * The one reason a browser test could not start. It has no stack trace: where it was thrown says
	 * nothing the message does not, and a build log should show the message, once, not fifty lines of it.
	 */
	public static final class Missing extends RuntimeException {

		Missing(String message) {
			super(message, null, false, false);
		}
	}
}
