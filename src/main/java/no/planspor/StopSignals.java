package no.planspor;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stop that someone asked for (Ctrl-C, {@code kill}, a service manager's SIGTERM) is a normal end:
 * Planspor closes as always (requests finish, the embedded PostgreSQL stops) and exits with status 0.
 *
 * <p>Why: the JVM ends a process stopped by a signal with 128 + the signal's number (130, 143), and
 * {@code ./mvnw spring-boot:run} takes anything but 0 or 130 for a failed application. When Maven alone
 * gets the Ctrl-C (an IDE's stop button, {@code kill -INT} of the Maven process), it waits five seconds
 * for the application and then stops it with SIGTERM, and a normal stop ended in "BUILD FAILURE: Process
 * terminated with exit code: 143".
 *
 * <p>The JDK's only way to handle a signal is {@code sun.misc.Signal} (Spring Boot's Maven plugin uses it
 * too). It is reached by reflection because every mention of it in source makes the compiler warn, on
 * every build, that it is an internal API.
 */
final class StopSignals {

	private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

	private StopSignals() {
	}

	/** Called first thing in {@code main}: tests and other embeddings keep the JVM's own handling. */
	static void exitNormallyWhenStopped() {
		for (String signal : List.of("INT", "TERM")) {
			try {
				exitNormallyOn(signal);
			}
			catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
				// A JDK without it, or a signal the JVM keeps for itself (-Xrs): the JVM's own handling stays.
				log.debug("SIG{} keeps the JVM's handling", signal, unavailable);
			}
		}
	}

	private static void exitNormallyOn(String signalName) throws ReflectiveOperationException {
		Class<?> signalType = Class.forName("sun.misc.Signal");
		Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
		Method handle = signalType.getMethod("handle", signalType, handlerType);
		Object ignore = handlerType.getField("SIG_IGN").get(null);
		Object stop = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] { handlerType },
				(proxy, method, args) -> switch (method.getName()) {
					case "handle" -> stop(signalName);
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					default -> "exit 0 on SIG" + signalName;
				});
		Object signal = signalType.getConstructor(String.class).newInstance(signalName);
		if (handle.invoke(null, signal, stop) == ignore) {
			// Started with the signal ignored (nohup, a background job): it stays ignored.
			handle.invoke(null, signal, ignore);
		}
	}

	private static Object stop(String signal) {
		log.info("Stopping Planspor (SIG{})", signal);
		System.exit(0);
		return null;
	}
}
