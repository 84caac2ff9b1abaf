package no.planspor.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data in the data directory across restarts, and starts at once
 * after the application was killed hard and left its postgres running.
 */
class EmbeddedPostgresTest {

	@TempDir
	Path dataDir;

	private final List<AutoCloseable> toClose = new ArrayList<>();

	private Process child;

	@AfterEach
	void cleanUp() throws Exception {
		if (child != null) {
			child.destroyForcibly();
		}
		for (AutoCloseable closeable : toClose) {
			closeable.close();
		}
		// Whatever a test left running on the directory goes too, so that nothing outlives the test.
		OrphanedPostgres.clear(dataDir.resolve("postgres"));
	}

	@Test
	void dataSurvivesARestartInTheSameDirectory() throws Exception {
		try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(dataDir, false)) {
			execute(first.getPort(), "create table note (text varchar(100))", "insert into note values ('bevart')");
		}
		assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

		try (EmbeddedPostgres second = EmbeddedPostgresConfiguration.start(dataDir, false)) {
			assertThat(query(second.getPort(), "select text from note")).containsExactly("bevart");
		}
	}

	@Test
	void cleanOnStartStartsFromAnEmptyDatabase() throws Exception {
		try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(dataDir, false)) {
			execute(first.getPort(), "create table note (text varchar(100))");
		}
		try (EmbeddedPostgres clean = EmbeddedPostgresConfiguration.start(dataDir, true)) {
			assertThat(query(clean.getPort(), "select count(*) from pg_tables where tablename = 'note'"))
				.containsExactly("0");
		}
	}

	@Test
	void afterAHardKillTheNextStartClearsTheOrphanedPostgresAndSucceedsAtOnce() throws Exception {
		int port = startChild();
		execute(port, "create table note (text varchar(100))", "insert into note values ('før kill -9')");

		child.destroyForcibly();
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		assertThat(pidFile).exists();
		long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		ProcessHandle orphan = ProcessHandle.of(postmaster).orElseThrow(() -> new AssertionError("postgres not running"));
		assertThat(orphan.isAlive()).as("the orphaned postgres still runs").isTrue();

		long started = System.nanoTime();
		EmbeddedPostgres restarted = EmbeddedPostgresConfiguration.start(dataDir, false);
		toClose.add(restarted);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.println("Started after a hard kill in " + took.toMillis() + " ms");

		assertThat(took).as("time to start after the kill").isLessThan(Duration.ofSeconds(15));
		assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
		assertThat(restarted.getPort()).isNotEqualTo(0);
		assertThat(query(restarted.getPort(), "select text from note")).containsExactly("før kill -9");
	}

	@Test
	void aStalePidFileOfAProcessThatIsGoneIsRemoved() throws Exception {
		try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(dataDir, false)) {
			execute(first.getPort(), "create table note (text varchar(100))");
		}
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		// A pid that is not a postgres: this test's own JVM.
		Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + dataDir + "\n");

		OrphanedPostgres.clear(dataDir.resolve("postgres"));

		assertThat(pidFile).doesNotExist();
		assertThat(ProcessHandle.current().isAlive()).isTrue();
		try (EmbeddedPostgres again = EmbeddedPostgresConfiguration.start(dataDir, false)) {
			assertThat(query(again.getPort(), "select count(*) from note")).containsExactly("0");
		}
	}

	@Test
	void anEmptyOrMissingDirectoryIsNothingToClear() throws IOException {
		OrphanedPostgres.clear(dataDir.resolve("never-used"));
		Files.createDirectories(dataDir.resolve("empty"));
		Files.writeString(dataDir.resolve("empty/postmaster.pid"), "");
		OrphanedPostgres.clear(dataDir.resolve("empty"));
	}

	/** Starts the embedded PostgreSQL in a JVM of its own and returns its port once it is ready. */
	private int startChild() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PostgresChild.class.getName(),
				dataDir.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		CompletableFuture<Integer> ready = CompletableFuture.supplyAsync(() -> {
			try {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					seen.append(line).append('\n');
					if (line.startsWith(PostgresChild.READY)) {
						return Integer.parseInt(line.substring(PostgresChild.READY.length()).trim());
					}
				}
				throw new IllegalStateException("The child ended before PostgreSQL was ready:\n" + seen);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		int port = ready.get(120, TimeUnit.SECONDS);
		// Keep draining its output so that it never blocks on a full pipe.
		Thread drain = new Thread(() -> out.lines().forEach(line -> { }));
		drain.setDaemon(true);
		drain.start();
		return port;
	}

	private static void execute(int port, String... statements) throws SQLException {
		try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> query(int port, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = connect(port);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
	}
}
