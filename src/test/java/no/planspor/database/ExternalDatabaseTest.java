package no.planspor.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import no.planspor.PlansporApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, Planspor uses that PostgreSQL and starts none of its own:
 * the schema and the seed plans end up in the external server.
 */
class ExternalDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void anExternalDatabaseIsUsedAndNothingEmbeddedIsStarted() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlansporApplication.class)
				.profiles("test")
				.properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
						"spring.datasource.password=", "planspor.data-dir=" + dataDir)
				.run()) {

				assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				assertThat(app.getBeanNamesForType(EmbeddedPostgresConfiguration.class)).isEmpty();
				assertThat(Files.exists(dataDir.resolve("postgres"))).as("no embedded data directory").isFalse();

				JdbcClient server = JdbcClient.create(new SingleConnectionDataSource(url, "postgres", "", true));
				List<String> tables = server.sql("select tablename from pg_tables where schemaname = 'public'")
					.query(String.class)
					.list();
				assertThat(tables).contains("flyway_schema_history", "plan", "plan_item", "app_user", "spring_session");
				assertThat(server.sql("select code from plan order by code").query(String.class).list())
					.containsExactly("krn-forskning-2025-2029", "ous-forskningsstrategi-2025-2029",
							"tik-forskning-2022-2025");
				assertThat(server.sql("select username from app_user").query(String.class).list()).contains("admin");
				// And the application reads what is in that server.
				JdbcClient appDb = app.getBean(JdbcClient.class);
				assertThat(appDb.sql("select inet_server_port()").query(Integer.class).single())
					.isEqualTo(external.getPort());
			}
		}
	}
}
