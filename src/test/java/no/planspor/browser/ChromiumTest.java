package no.planspor.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Without Chromium the browser tests fail at once: the first says in full what to install, every later
 * one in a line, and none of them with a stack trace.
 */
class ChromiumTest {

	static final Path NOWHERE = Path.of("/nonexistent/chromium");

	@Test
	void theFirstMissingChromiumIsExplainedInFullAndTheRestInOneLine() {
		AtomicBoolean told = new AtomicBoolean();

		Chromium.Missing first = catchThrowableOfType(Chromium.Missing.class, () -> Chromium.require(NOWHERE, told));
		Chromium.Missing second = catchThrowableOfType(Chromium.Missing.class, () -> Chromium.require(NOWHERE, told));

		assertThat(first).hasMessageStartingWith("Chromium is missing")
			.hasMessageContaining("/nonexistent/chromium")
			.hasMessageContaining("sudo apt-get install chromium")
			.hasMessageContaining("-Dplanspor.chromium=")
			.hasMessageContaining("./mvnw verify");
		assertThat(second).hasMessage("Chromium is missing at /nonexistent/chromium (apt-get install chromium; see the first browser test)");
		assertThat(first.getStackTrace()).isEmpty();
		assertThat(second.getStackTrace()).isEmpty();
	}

	@Test
	void aDirectoryOrAFileThatDoesNotRunIsNoChromium(@TempDir Path directory) throws Exception {
		Path text = Files.writeString(directory.resolve("chromium"), "not a program");
		Files.setPosixFilePermissions(text, PosixFilePermissions.fromString("rw-r--r--"));

		assertThat(catchThrowableOfType(Chromium.Missing.class, () -> Chromium.require(directory, new AtomicBoolean())))
			.isNotNull();
		assertThat(catchThrowableOfType(Chromium.Missing.class, () -> Chromium.require(text, new AtomicBoolean())))
			.isNotNull();
	}

	@Test
	void aProgramIsAccepted() {
		assertThatNoException().isThrownBy(() -> Chromium.require(Path.of("/bin/sh"), new AtomicBoolean()));
	}

	@Test
	void thePathIsDebiansUnlessAnotherIsNamed() {
		String before = System.getProperty(Chromium.PROPERTY);
		try {
			System.clearProperty(Chromium.PROPERTY);
			assertThat(Chromium.path()).isEqualTo(Path.of("/usr/bin/chromium"));
			System.setProperty(Chromium.PROPERTY, "/opt/chromium/chrome");
			assertThat(Chromium.path()).isEqualTo(Path.of("/opt/chromium/chrome"));
		}
		finally {
			if (before == null) {
				System.clearProperty(Chromium.PROPERTY);
			}
			else {
				System.setProperty(Chromium.PROPERTY, before);
			}
		}
	}
}
