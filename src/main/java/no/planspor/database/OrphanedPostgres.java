package no.planspor.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a hard kill of the application its PostgreSQL child lives on and holds the data directory.
 * PostgreSQL would refuse to start beside it, so the next start stops it first (or removes a
 * {@code postmaster.pid} whose process is gone or is not a postgres any more).
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private static final Duration GRACE = Duration.ofSeconds(10);

	private OrphanedPostgres() {
	}

	static void clear(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(OrphanedPostgres::isPostgres);
		if (process.isPresent()) {
			log.warn("Stopping orphaned PostgreSQL (pid {}) left over from an earlier run", pid.get());
			stop(process.get());
		}
		else {
			log.warn("Removing stale {} (pid {} is not running PostgreSQL)", pidFile, pid.get());
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(false);
	}

	private static void stop(ProcessHandle process) {
		// SIGTERM first: PostgreSQL shuts down cleanly once its (already dead) clients are gone.
		process.destroy();
		if (!waitFor(process)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			waitFor(process);
		}
	}

	private static boolean waitFor(ProcessHandle process) {
		try {
			process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}
}
