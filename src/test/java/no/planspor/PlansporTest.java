package no.planspor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with its own embedded PostgreSQL, the real Flyway
 * migrations and the seed plans. Tests share one context (and database) per JVM: a test that writes
 * uses codes of its own and never changes the seed plans in ways other tests would notice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PlansporTest {

	/** The first administrator's password in tests (application-test.properties). */
	String ADMIN_PASSWORD = "test-admin-password";
}
