package no.planspor.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The one log line that tells where to open Planspor: the port it listens on, and its context path. */
@ExtendWith(OutputCaptureExtension.class)
class ReadyAddressTest {

	@Test
	void theLogSaysWhereToOpenPlansporOnceItIsReady(CapturedOutput output) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(new MockEnvironment().withProperty("local.server.port", "8080"));

		new ReadyAddress().onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ofSeconds(4)));

		assertThat(output).containsOnlyOnce("Planspor is ready at http://localhost:8080/");
	}

	@Test
	void theAddressIsThePortInUseWithTheContextPath() {
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "41234")))
			.hasValue("http://localhost:41234/");
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "8080")
			.withProperty("server.servlet.context-path", "/planspor/"))).hasValue("http://localhost:8080/planspor/");
	}

	@Test
	void aChosenInterfaceIsNamedAndEveryInterfaceIsLocalhost() {
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "8080")
			.withProperty("server.address", "127.0.0.2"))).hasValue("http://127.0.0.2:8080/");
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "8080")
			.withProperty("server.address", "::1"))).hasValue("http://[::1]:8080/");
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "8080")
			.withProperty("server.address", "0.0.0.0"))).hasValue("http://localhost:8080/");
	}

	@Test
	void httpsWhereTomcatHasACertificate() {
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "8443")
			.withProperty("server.ssl.bundle", "web"))).hasValue("https://localhost:8443/");
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "443")
			.withProperty("server.ssl.key-store", "classpath:keys.p12"))).hasValue("https://localhost/");
		assertThat(ReadyAddress.of(new MockEnvironment().withProperty("local.server.port", "8443")
			.withProperty("server.ssl.bundle", "web")
			.withProperty("server.ssl.enabled", "false"))).hasValue("http://localhost:8443/");
	}

	@Test
	void withoutAWebServerThereIsNothingToSay() {
		assertThat(ReadyAddress.of(new MockEnvironment())).isEmpty();
	}
}
