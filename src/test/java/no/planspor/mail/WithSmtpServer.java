package no.planspor.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.planspor.PlansporTest;

/**
 * The base of a {@link PlansporTest} whose application sends mail to a real SMTP server: one GreenMail
 * per test JVM, on a free port, with the background sender off, so that a test sends what is due
 * itself ({@code LetterSender.sendDue()} of {@code no.planspor.mail.internal}) and nothing arrives
 * behind its back. Every test class that extends this one shares one application (one context).
 */
public abstract class WithSmtpServer {

	/** The SMTP port, fixed for the JVM: the application is configured with it once. */
	protected static final int PORT = freePort();

	/** The sender every letter comes from in these tests. */
	protected static final String FROM = "planspor@test.example";

	private static GreenMail smtp = started();

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> PORT);
		properties.add("planspor.mail.from", () -> "Planspor test <" + FROM + ">");
		properties.add("planspor.mail.sender-enabled", () -> "false");
		properties.add("planspor.mail.max-attempts", () -> "3");
		properties.add("planspor.base-url", () -> "https://planspor.test");
		properties.add("logging.level.com.icegreen", () -> "WARN");
	}

	/** The server as it runs now. */
	protected static GreenMail smtp() {
		return smtp;
	}

	/** Stops the server: letters can then not be sent, as when the mail server is down. */
	protected static synchronized void stopSmtp() {
		smtp.stop();
	}

	/** Starts the server again on the same port, with no messages (its mailboxes lived in the old one). */
	protected static synchronized void startSmtpAgain() {
		if (!smtp.isRunning()) {
			smtp = started();
		}
	}

	/** Every message the server has received for {@code address}, in arrival order. */
	protected static List<MimeMessage> receivedBy(String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				if (((InternetAddress) to).getAddress().equalsIgnoreCase(address)) {
					found.add(message);
				}
			}
		}
		return found;
	}

	private static GreenMail started() {
		GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
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
