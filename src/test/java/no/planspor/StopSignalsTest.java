package no.planspor;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C and {@code kill} end Planspor with status 0, so that {@code ./mvnw spring-boot:run} does not call
 * a normal stop a failed build; without {@link StopSignals} the JVM's 130 and 143 are what Maven saw.
 */
class StopSignalsTest {

	@Test
	void aStopBySigtermOrSigintEndsWithStatusZero() throws Exception {
		assertThat(stopped("TERM", "main")).isZero();
		assertThat(stopped("INT", "main")).isZero();
	}

	@Test
	void withoutItTheJvmReportsTheSignal() throws Exception {
		assertThat(stopped("TERM", "plain")).isEqualTo(143);
	}

	/** Starts the probe in a JVM of its own, waits until it is ready, sends the signal, returns its status. */
	private static int stopped(String signal, String mode) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				StopSignalsProbe.class.getName(), mode)
			.redirectErrorStream(true)
			.start();
		try {
			BufferedReader output = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = output.readLine()) != null && !line.equals("ready")) {
				// the probe's log lines before it is ready
			}
			assertThat(line).as("the probe said it was ready").isEqualTo("ready");
			Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(probe.pid())).start();
			assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
			assertThat(probe.waitFor(30, TimeUnit.SECONDS)).as("the probe stopped").isTrue();
			return probe.exitValue();
		}
		finally {
			probe.destroyForcibly();
		}
	}
}
