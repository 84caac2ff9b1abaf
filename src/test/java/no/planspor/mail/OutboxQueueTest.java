package no.planspor.mail;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Letters are queued in their cause's transaction, and written from templates in the reader's language. */
@PlansporTest
class OutboxQueueTest {

	@Autowired
	Outbox outbox;

	@Autowired
	LetterTemplates templates;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient db;

	@Test
	void aLetterIsQueuedOnlyInsideATransactionAndWaitsAfterItsCommit() {
		Letter letter = letter();
		assertThatThrownBy(() -> outbox.queue(letter)).isInstanceOf(IllegalTransactionStateException.class);

		long id = transaction.execute(status -> outbox.queue(letter));

		assertThat(db.sql("select state, to_address, subject, purpose, attempts from mail_letter where id = :id")
			.param("id", id)
			.query()
			.singleRow()).containsEntry("state", "WAITING")
			.containsEntry("to_address", letter.toAddress())
			.containsEntry("subject", letter.subject())
			.containsEntry("purpose", "test")
			.containsEntry("attempts", 0);
	}

	@Test
	void aLetterWhoseTransactionRollsBackWasNeverQueued() {
		Letter letter = letter();
		transaction.executeWithoutResult(status -> {
			outbox.queue(letter);
			status.setRollbackOnly();
		});
		assertThat(db.sql("select count(*) from mail_letter where to_address = :to")
			.param("to", letter.toAddress())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void lettersAreWrittenFromAnHtmlAndATextTemplateInTheirLanguageWithAbsoluteLinks() {
		Map<String, Object> model = Map.of("name", "Kari <Nordmann>", "due", LocalDate.of(2026, 12, 3));

		Letter bokmal = templates.write("kari@example.no", "Kari", Locale.forLanguageTag("nb"), "Emne",
				"mail/test/greeting", model, "test");
		Letter english = templates.write("kari@example.no", "Kari", Locale.ENGLISH, "Subject",
				"mail/test/greeting", model, "test");

		assertThat(bokmal.html()).contains("<html lang=\"nb\"", "Kari &lt;Nordmann&gt;", "Venter",
				"href=\"http://localhost:8080/plans/krn/items/T1.1%20a)\"", "3. desember 2026");
		assertThat(bokmal.text()).contains("Hei Kari <Nordmann>,", "Venter", "http://localhost:8080/mine",
				"3. desember 2026").doesNotContain("<p>");
		assertThat(english.html()).contains("Waiting", "3 December 2026");
		assertThat(english.text()).contains("Waiting", "3 December 2026");
		assertThat(bokmal).extracting(Letter::toAddress, Letter::toName, Letter::subject, Letter::purpose)
			.containsExactly("kari@example.no", "Kari", "Emne", "test");
		assertThat(templates.link("/mine")).isEqualTo("http://localhost:8080/mine");
	}

	static Letter letter() {
		String who = "queue-" + UUID.randomUUID() + "@example.no";
		return new Letter(who, "Ola Nordmann", "Status høst 2026", "Hei Ola", "<p>Hei Ola</p>", "test");
	}
}
