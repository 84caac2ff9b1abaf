package no.planspor.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A stand-in for the application in a process of its own: starts the embedded PostgreSQL on a data
 * directory the way the application does, says so, and waits to be killed.
 */
public final class PostgresChild {

	static final String READY = "POSTGRES READY ON PORT ";

	private PostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(Path.of(args[0]), false);
		System.out.println(READY + postgres.getPort());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
