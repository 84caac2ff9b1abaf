package no.planspor.web;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says in the log where to open Planspor, once it is ready to answer: the port it really listens on
 * (which {@code SERVER_PORT=0} chooses at start) and its context path, so that a new user need not
 * guess from Tomcat's lines.
 */
@Component
class ReadyAddress implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(ReadyAddress.class);

	/** Addresses that mean "every interface": a browser on this machine reaches them as localhost. */
	private static final Set<String> EVERYWHERE = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

	/** Any of these makes Tomcat answer HTTPS (unless server.ssl.enabled=false). */
	private static final Set<String> SSL = Set.of("server.ssl.bundle", "server.ssl.key-store", "server.ssl.certificate");

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		of(event.getApplicationContext().getEnvironment())
			.ifPresent(address -> log.info("Planspor is ready at {}", address));
	}

	/** The address to open, or empty where there is no web server (a test without one). */
	static Optional<String> of(Environment environment) {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return Optional.empty();
		}
		boolean tls = SSL.stream().anyMatch(environment::containsProperty)
				&& environment.getProperty("server.ssl.enabled", Boolean.class, true);
		String host = environment.getProperty("server.address", "localhost");
		if (EVERYWHERE.contains(host)) {
			host = "localhost";
		}
		else if (host.contains(":")) {
			host = "[" + host + "]";
		}
		String path = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
		boolean standardPort = tls ? port.equals("443") : port.equals("80");
		return Optional.of((tls ? "https://" : "http://") + host + (standardPort ? "" : ":" + port) + path + "/");
	}
}
