package no.planspor.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.mail.internal.LetterSender;
import no.planspor.round.internal.NewRound;
import no.planspor.round.internal.Rounds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's letters through a real SMTP server (GreenMail): opening it, each person asked gets exactly
 * one message with their own items, each linked to a page that lets them update it; a reminder reaches
 * only those who still owe and lists only what they still owe.
 */
@PlansporTest
class RoundMailTest {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP_PORT);
		properties.add("planspor.mail.sender-enabled", () -> "false");
	}

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Rounds rounds;

	@Autowired
	RoundReader reader;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	LetterSender sender;

	@Autowired
	Clock clock;

	@Test
	void everyoneAskedGetsOneMessageWithTheirItemsAndWorkingLinksAndRemindersOnlyWhatIsMissing() throws Exception {
		RoundPlans.Krn krn = RoundPlans.krn(port, db, accounts);
		LocalDate today = LocalDate.now(clock);
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), new NewRound("Status høst 2026",
				today, today.plusDays(10), RoundScope.goals(List.of("1")), "Hei alle!")).id()));
		deliver();
		RoundResult asked = reader.result(round.id()).orElseThrow();
		List<String> craiCodes = person(asked, krn.crai()).itemCodes();

		List<String> toCrai = received(krn.crai());
		List<String> toLeader = received(krn.leader());
		assertThat(toCrai).as("exactly one message, never one per item").hasSize(1);
		assertThat(toLeader).hasSize(1);
		assertThat(received(krn.owner())).isEmpty();
		String letter = toCrai.get(0);
		assertThat(letter).contains("Hei alle!", "Status høst 2026");
		for (String code : craiCodes) {
			assertThat(letter).contains(code);
		}
		assertThat(letter).doesNotContain("T1.1 a)");

		// every link leads to the item's page, where the person can record its status
		List<String> links = links(letter, krn.plan());
		assertThat(links).hasSizeGreaterThanOrEqualTo(craiCodes.size());
		WebSession crai = WebSession.signedIn(port, krn.crai(), AccountFixtures.PASSWORD);
		for (String link : links) {
			var page = crai.get(link.replaceFirst("#.*$", ""));
			assertThat(page.statusCode()).as(link).isEqualTo(200);
			assertThat(page.body()).as(link).contains("id=\"status-form\"");
		}

		// CRAI answers all but one; the leader nothing: a reminder lists only what each still owes
		for (String code : craiCodes.subList(1, craiCodes.size())) {
			as(krn.crai(), () -> statuses.record(krn.plan(), code, new StatusReport(State.ON_TRACK, today, null, null),
					null));
		}
		as(krn.owner(), () -> rounds.remind(round.id(), null));
		deliver();
		List<String> reminders = received(krn.crai());
		assertThat(reminders).hasSize(2);
		String reminder = reminders.get(1);
		assertThat(reminder).contains(craiCodes.get(0));
		for (String code : craiCodes.subList(1, craiCodes.size())) {
			if (!person(reader.result(round.id()).orElseThrow(), krn.crai()).missingCodes().contains(code)) {
				assertThat(reminder).doesNotContain("items/" + code.replace(" ", "%20"));
			}
		}
		assertThat(received(krn.leader())).hasSize(2);

		// CRAI answers the last: nobody reminds them again
		as(krn.crai(), () -> statuses.record(krn.plan(), craiCodes.get(0), new StatusReport(State.DONE, today, 100, null),
				null));
		as(krn.owner(), () -> rounds.remind(round.id(), null));
		deliver();
		assertThat(received(krn.crai())).hasSize(2);
		assertThat(received(krn.leader())).hasSize(3);
	}

	private void deliver() {
		while (sender.sendDue() > 0) {
			// until nothing is due
		}
	}

	private <T> T as(String username, Supplier<T> work) {
		return AccountFixtures.as(accounts, username, work);
	}

	private static RoundResult.AskedPerson person(RoundResult result, String username) {
		return result.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
	}

	/** The relative addresses of the item links in a message (the base address is the configured one). */
	private static List<String> links(String message, String plan) {
		List<String> links = new ArrayList<>();
		Matcher found = Pattern.compile("https?://[^/\\s\"]+(/plans/" + Pattern.quote(plan) + "/items/[^\\s\"<]+)")
			.matcher(message);
		while (found.find()) {
			if (!links.contains(found.group(1))) {
				links.add(found.group(1));
			}
		}
		return links;
	}

	/** Each message to the person, as the text of all its parts. */
	private static List<String> received(String username) throws Exception {
		List<String> messages = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				if (((InternetAddress) to).getAddress().equals(username + "@planspor.test")) {
					StringBuilder text = new StringBuilder(message.getSubject()).append('\n');
					collect(message, text);
					messages.add(text.toString());
				}
			}
		}
		return messages;
	}

	private static void collect(Part part, StringBuilder text) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text);
			}
		}
		else {
			text.append(content).append('\n');
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
