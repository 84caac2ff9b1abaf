package no.planspor.account.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.PlansporTest;
import no.planspor.account.Role;
import no.planspor.account.SignedInUser;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start creates {@code admin}. Each case runs the real {@link FirstAdministrator} against
 * the real database as it is on a first start: inside a transaction that moves the existing admin
 * out of the way and is rolled back afterwards.
 */
@PlansporTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("with the password: (\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theConfiguredPasswordSignsTheAdministratorIn() {
		WebSession session = new WebSession(port);
		var answer = session.signIn("admin", PlansporTest.ADMIN_PASSWORD);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(accounts.find("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void withAConfiguredPasswordTheAdministratorGetsItAndTheLogDoesNotShowIt(CapturedOutput output) {
		onAFirstStart(() -> {
			new FirstAdministrator(accounts, "valgt-av-driften").run();

			SignedInUser admin = accounts.find("admin").orElseThrow();
			assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
			assertThat(passwords.matches("valgt-av-driften", admin.getPassword())).isTrue();
			assertThat(admin.getPassword()).doesNotContain("valgt-av-driften");
		});
		assertThat(output.getAll()).contains("with the password from PLANSPOR_ADMIN_PASSWORD")
			.doesNotContain("valgt-av-driften");
	}

	@Test
	void withoutAPasswordARandomOneIsLoggedExactlyOnce(CapturedOutput output) {
		onAFirstStart(() -> {
			new FirstAdministrator(accounts, "").run();
			// The second start finds the administrator and says nothing.
			new FirstAdministrator(accounts, "").run();

			Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
			assertThat(logged.find()).as("password in the log").isTrue();
			String password = logged.group(1);
			assertThat(logged.find()).as("logged a second time").isFalse();
			assertThat(password).hasSizeGreaterThanOrEqualTo(16);
			assertThat(output.getAll().split(Pattern.quote(password), -1)).hasSize(2);

			SignedInUser admin = accounts.find("admin").orElseThrow();
			assertThat(passwords.matches(password, admin.getPassword())).isTrue();
		});
	}

	@Test
	void twoFirstStartsMakeTwoDifferentPasswords(CapturedOutput output) {
		String first = randomPasswordOfAFirstStart(output);
		String second = randomPasswordOfAFirstStart(output);
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aBlankConfiguredPasswordCountsAsNone(CapturedOutput output) {
		onAFirstStart(() -> new FirstAdministrator(accounts, "   ").run());
		assertThat(output.getAll()).containsPattern(LOGGED_PASSWORD);
	}

	private String randomPasswordOfAFirstStart(CapturedOutput output) {
		int before = output.getAll().length();
		onAFirstStart(() -> new FirstAdministrator(accounts, null).run());
		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll().substring(before));
		assertThat(logged.find()).isTrue();
		return logged.group(1);
	}

	/** Runs the work where no admin exists yet, and puts everything back afterwards. */
	private void onAFirstStart(Runnable work) {
		transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			db.sql("update app_user set username = 'admin-set-aside' where username = 'admin'").update();
			assertThat(accounts.exists("admin")).isFalse();
			work.run();
		});
		assertThat(accounts.exists("admin-set-aside")).isFalse();
		assertThat(accounts.exists("admin")).isTrue();
	}
}
