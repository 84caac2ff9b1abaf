package no.planspor.mail.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.PlansporTest;
import no.planspor.mail.Letter;
import no.planspor.mail.Outbox;
import no.planspor.mail.WithSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Letters reach a real SMTP server (GreenMail) exactly once: after their transaction commits, through
 * a server that is down for a while, with two senders racing over one database, and not after a
 * sender died in the middle. The background loop is off here: the tests call the sender themselves,
 * which is what the loop does every few seconds.
 */
@PlansporTest
class MailDeliveryTest extends WithSmtpServer {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxTable table;

	@Autowired
	LetterSender sender;

	@Autowired
	no.planspor.mail.LetterTemplates templates;

	@Autowired
	MailSettings settings;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient db;

	@Test
	void aQueuedLetterArrivesOnceWithItsHtmlAndTextPartsFromPlanspor() throws Exception {
		Letter letter = letter("one");
		long id = queue(letter);
		assertThat(received(letter)).isEmpty();

		assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
		sender.sendDue();

		List<MimeMessage> arrived = received(letter);
		assertThat(arrived).hasSize(1);
		MimeMessage message = arrived.get(0);
		InternetAddress from = (InternetAddress) message.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo(FROM);
		assertThat(from.getPersonal()).isEqualTo("Planspor test");
		InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
		assertThat(to.getPersonal()).isEqualTo("Åse Ødegård");
		assertThat(message.getSubject()).isEqualTo("Status høst 2026: one");
		assertThat(message.getHeader("X-Planspor-Letter")).containsExactly(Long.toString(id));
		List<String> parts = new ArrayList<>();
		collect(message, parts);
		assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("text/plain:").contains("Hei Åse, one"))
			.anySatisfy(part -> assertThat(part).startsWith("text/html:").contains("<p>Hei Åse, <b>one</b></p>"));
		assertThat(table.find(id).orElseThrow()).satisfies(stored -> {
			assertThat(stored.state()).isEqualTo(LetterState.SENT);
			assertThat(stored.sentAt()).isNotNull();
			assertThat(stored.attempts()).isEqualTo(1);
		});
	}

	@Test
	void aLetterFromTemplatesArrivesInItsLanguageWithLinksToWherePlansporIs() throws Exception {
		Letter letter = templates.write("templated-" + UUID.randomUUID() + "@example.no", "Kari Nordmann",
				java.util.Locale.ENGLISH, "Status autumn 2026", "mail/test/greeting",
				java.util.Map.of("name", "Kari", "due", java.time.LocalDate.of(2026, 12, 1)), "test");
		queue(letter);
		sender.sendDue();

		List<String> parts = new ArrayList<>();
		collect(received(letter).get(0), parts);
		assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("text/plain:")
			.contains("Hei Kari,", "Waiting", "https://planspor.test/mine", "1 December 2026"))
			.anySatisfy(part -> assertThat(part).startsWith("text/html:")
				.contains("href=\"https://planspor.test/plans/krn/items/T1.1%20a)\"", "1 December 2026"));
	}

	@Test
	void aLetterWhoseTransactionRollsBackIsNeverSent() throws Exception {
		Letter letter = letter("rolled-back");
		transaction.executeWithoutResult(status -> {
			outbox.queue(letter);
			status.setRollbackOnly();
		});
		sender.sendDue();
		assertThat(received(letter)).isEmpty();
	}

	@Test
	void whileTheSmtpServerIsDownLettersWaitAndWhenItIsBackEachArrivesOnce() throws Exception {
		stopSmtp();
		List<Letter> letters = IntStream.range(0, 3).mapToObj(n -> letter("down-" + n)).toList();
		List<Long> ids = letters.stream().map(this::queue).toList();
		try {
			// Each round finds the server down at its first letter and leaves the rest for later.
			assertThat(sender.sendDue()).isZero();
			assertThat(sender.sendDue()).isZero();
		}
		finally {
			startSmtpAgain();
		}
		for (long tried : ids.subList(0, 2)) {
			StoredLetter waiting = table.find(tried).orElseThrow();
			assertThat(waiting.state()).isEqualTo(LetterState.WAITING);
			assertThat(waiting.problem()).isEqualTo(LetterProblem.UNREACHABLE);
			assertThat(waiting.lastError()).isNotBlank();
			assertThat(waiting.attempts()).as("a try that reached no server is no attempt").isZero();
			assertThat(waiting.nextAttemptAt()).isAfter(java.time.Instant.now());
		}
		assertThat(table.find(ids.get(2)).orElseThrow()).extracting(StoredLetter::state, StoredLetter::attempts)
			.containsExactly(LetterState.WAITING, 0);
		assertThat(sender.sendDue()).as("the letter not tried yet; the others wait for their retry").isEqualTo(1);
		assertThat(received(letters.get(0))).isEmpty();

		timePasses(ids);
		assertThat(sender.sendDue()).isEqualTo(2);
		assertThat(sender.sendDue()).isZero();

		for (Letter letter : letters) {
			assertThat(received(letter)).as(letter.toAddress()).hasSize(1);
		}
		assertThat(ids).allSatisfy(id -> assertThat(table.find(id).orElseThrow().state()).isEqualTo(LetterState.SENT));
	}

	@Test
	void twoSendersRacingOverOneDatabaseSendEachLetterOnce() throws Exception {
		List<Letter> letters = IntStream.range(0, 30).mapToObj(n -> letter("race-" + n)).toList();
		letters.forEach(this::queue);
		int senders = 4;
		CyclicBarrier start = new CyclicBarrier(senders);
		ExecutorService threads = Executors.newFixedThreadPool(senders);
		try {
			List<Future<Integer>> rounds = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				Callable<Integer> round = () -> {
					start.await();
					return sender.sendDue();
				};
				rounds.add(threads.submit(round));
			}
			int sent = 0;
			for (Future<Integer> round : rounds) {
				sent += round.get();
			}
			assertThat(sent).isGreaterThanOrEqualTo(letters.size());
		}
		finally {
			threads.shutdown();
		}
		for (Letter letter : letters) {
			assertThat(received(letter)).as(letter.toAddress()).hasSize(1);
		}
	}

	@Test
	void aLetterInterruptedWhileBeingSentIsNotSentAgainByItselfButAnAdministratorCanSendItAgain() throws Exception {
		sender.sendDue();
		Letter letter = letter("interrupted");
		long id = queue(letter);
		// A sender claims it and dies before it knows whether the server took it.
		assertThat(table.claimNext()).get().extracting(ClaimedLetter::id).isEqualTo(id);
		assertThat(sender.sendDue()).as("its lease has not run out: it may still be on its way").isZero();
		assertThat(table.find(id).orElseThrow().state()).isEqualTo(LetterState.SENDING);

		db.sql("update mail_letter set claimed_at = claimed_at - interval '1 hour' where id = :id").param("id", id).update();
		sender.sendDue();

		StoredLetter given = table.find(id).orElseThrow();
		assertThat(given.state()).isEqualTo(LetterState.FAILED);
		assertThat(given.problem()).isEqualTo(LetterProblem.INTERRUPTED);
		assertThat(received(letter)).isEmpty();

		assertThat(table.sendAgain(id)).contains(id);
		sender.sendDue();
		assertThat(received(letter)).hasSize(1);
		assertThat(table.find(id).orElseThrow().state()).isEqualTo(LetterState.SENT);
	}

	@Test
	void aRefusedAddressFailsAtOnceWithTheReasonAndASentLetterCanBeSentAgainAsACopy() throws Exception {
		long refused = queue(new Letter("not an address@@example", null, "Hei", "Hei", null, "test"));
		Letter letter = letter("copy");
		long sentId = queue(letter);
		sender.sendDue();

		StoredLetter failed = table.find(refused).orElseThrow();
		assertThat(failed.state()).isEqualTo(LetterState.FAILED);
		assertThat(failed.problem()).isEqualTo(LetterProblem.REJECTED);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.attempts()).isEqualTo(1);

		long copy = table.sendAgain(sentId).orElseThrow();
		assertThat(copy).isNotEqualTo(sentId);
		assertThat(table.find(copy).orElseThrow().resentFrom()).isEqualTo(sentId);
		assertThat(table.sendAgain(sentId)).as("a second click while the copy waits: that copy, no other").contains(copy);
		assertThat(table.sendAgain(copy)).as("a waiting letter is not sent again").isEmpty();
		sender.sendDue();
		assertThat(received(letter)).hasSize(2);
	}

	@Test
	void theBackgroundLoopSendsOnItsOwnAndStopsCleanly() throws Exception {
		MailSettings quick = new MailSettings(settings.from(), true, Duration.ofMillis(100), settings.firstRetry(),
				settings.retryCap(), settings.maxAttempts(), settings.lease(), settings.batch());
		SenderLoop loop = new SenderLoop(sender, quick);
		Letter letter = letter("loop");
		loop.start();
		try {
			queue(letter);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received(letter)).hasSize(1));
		}
		finally {
			loop.stop();
		}
		assertThat(loop.isRunning()).isFalse();
	}

	@Test
	void aSenderThatIsNoAddressStopsTheApplicationNamingTheSetting() {
		assertThatThrownBy(() -> new MailSettings("Planspor <planspor at sykehuset>", true, Duration.ofSeconds(5),
				Duration.ofSeconds(15), Duration.ofMinutes(5), 8, Duration.ofMinutes(10), 100))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("PLANSPOR_MAIL_FROM");
		assertThat(new MailSettings("Planspor <planspor@localhost>", true, Duration.ofSeconds(5), Duration.ofSeconds(15),
				Duration.ofMinutes(5), 8, Duration.ofMinutes(10), 100).from()).isEqualTo("Planspor <planspor@localhost>");
	}

	@Test
	void theWaitBetweenAttemptsGrowsFromUnderAMinuteToAFewMinutes() {
		MailSettings defaults = new MailSettings("x@example.no", true, Duration.ofSeconds(5), Duration.ofSeconds(15),
				Duration.ofMinutes(5), 8, Duration.ofMinutes(10), 100);
		assertThat(IntStream.rangeClosed(1, 8).mapToObj(defaults::backOff).toList()).containsExactly(
				Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
				Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5));
	}

	/** The letters' next attempts come due: what the clock would do in a minute. */
	private void timePasses(List<Long> ids) {
		db.sql("update mail_letter set next_attempt_at = now() where id in (:ids) and state = 'WAITING'")
			.param("ids", ids)
			.update();
	}

	private long queue(Letter letter) {
		return transaction.execute(status -> outbox.queue(letter));
	}

	private static Letter letter(String what) {
		String to = what + "-" + UUID.randomUUID() + "@example.no";
		return new Letter(to, "Åse Ødegård", "Status høst 2026: " + what, "Hei Åse, " + what,
				"<p>Hei Åse, <b>" + what + "</b></p>", "test");
	}

	private static List<MimeMessage> received(Letter letter) throws MessagingException {
		return receivedBy(letter.toAddress());
	}

	/** Each leaf part as "content type: content". */
	private static void collect(Part part, List<String> parts) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), parts);
			}
		}
		else {
			parts.add(part.getContentType().split(";")[0].strip().toLowerCase() + ": " + content);
		}
	}
}
