package no.planspor.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts PostgreSQL from the binaries shipped in a Maven artifact, so a new user needs nothing
 * installed. Skipped when {@code spring.datasource.url} is set: then Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${planspor.data-dir}") Path dataDir,
			@Value("${planspor.database.clean-on-start:false}") boolean cleanOnStart) throws IOException {
		return start(dataDir, cleanOnStart);
	}

	/**
	 * Starts PostgreSQL on {@code <dataDir>/postgres}, first clearing what a hard-killed earlier run left
	 * behind. Static so that tests can start it exactly the way the application does.
	 */
	static EmbeddedPostgres start(Path dataDir, boolean cleanOnStart) throws IOException {
		Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(pgData);
		OrphanedPostgres.clear(pgData);
		if (cleanOnStart) {
			// initdb refuses a directory that is not empty, so "clean" must empty it first.
			FileSystemUtils.deleteRecursively(pgData);
			Files.createDirectories(pgData);
		}
		log.info("Starting embedded PostgreSQL with data in {}", pgData);
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(cleanOnStart)
			.setServerConfig("max_connections", "60")
			.setLocaleConfig("encoding", "UTF8")
			.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("planspor-embedded");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}
}
