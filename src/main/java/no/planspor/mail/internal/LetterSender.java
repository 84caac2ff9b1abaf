package no.planspor.mail.internal;

import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import no.planspor.mail.Letter;

/**
 * Sends the letters that are due, one at a time: claim, send, write down the outcome.
 *
 * <p><b>Why claim first and send outside the lock.</b> The alternative, sending while the row is locked
 * and marking it sent in the same transaction, sends it again whenever the process dies (or the commit
 * fails) after the SMTP server accepted the letter: the lock goes, the row still says WAITING, and the
 * next sender sends it once more. Here the claim (WAITING → SENDING, its own short transaction with
 * {@code for update skip locked}, see {@link OutboxTable#claimNext()}) is committed before the SMTP
 * conversation, and the outcome after it. A letter is therefore sent by one sender only, on any number
 * of nodes, and a restart never sends one again by itself.
 *
 * <p><b>The window.</b> Exactly once against SMTP is impossible: if the process dies during the
 * conversation, or before "sent" is written, nobody knows whether the server took the letter. Such a
 * letter stays SENDING; once its lease has run out ({@code planspor.mail.lease}, longer than the SMTP
 * timeouts allow a conversation to last) it becomes FAILED as INTERRUPTED, for an administrator to
 * check and send again. Never sent twice, never silently lost. A normal stop does not open the window:
 * {@link SenderLoop} lets the letter in hand finish first.
 *
 * <p><b>Retries.</b> A failed attempt waits {@link MailSettings#backOff(int)} before the next. A server
 * that cannot be reached (down, or refusing our credentials) says nothing about the letter: such
 * letters wait and are tried again for as long as it takes (such tries do not count as attempts), and so
 * do letters whose sender the server refuses (a configuration to mend); the round stops at once instead of
 * knocking on a closed door for every letter. A refused address fails the letter at once; any other
 * error fails it after {@code planspor.mail.max-attempts}.
 */
@Service
public class LetterSender {

	private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

	private static final int LONGEST_ERROR = 2000;

	private final OutboxTable outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	LetterSender(OutboxTable outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}); without one, letters wait. */
	public boolean configured() {
		return mailSender.getIfAvailable() != null;
	}

	/** Sends what is due now; answers how many letters the SMTP server accepted. */
	public int sendDue() {
		return sendDue(() -> true);
	}

	/**
	 * Sends what is due now, at most {@code planspor.mail.batch} letters, asking {@code goOn} before each
	 * (the loop's way to stop between letters). Safe to call from several threads and nodes at once.
	 */
	public int sendDue(BooleanSupplier goOn) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		for (long id : outbox.giveUpInterrupted(settings.lease())) {
			log.warn("Letter {} was interrupted while being sent and is not sent again by itself: it may have arrived", id);
		}
		int sent = 0;
		for (int i = 0; i < settings.batch() && goOn.getAsBoolean(); i++) {
			Optional<ClaimedLetter> claimed = outbox.claimNext();
			if (claimed.isEmpty()) {
				break;
			}
			Outcome outcome = send(sender, claimed.get());
			if (outcome == Outcome.SENT) {
				sent++;
			}
			else if (outcome == Outcome.SERVER_UNREACHABLE) {
				break;
			}
		}
		return sent;
	}

	private enum Outcome {
		SENT, FAILED, SERVER_UNREACHABLE
	}

	private Outcome send(JavaMailSender sender, ClaimedLetter claimed) {
		long id = claimed.id();
		try {
			sender.send(message(sender, claimed));
		}
		catch (RuntimeException | MessagingException | UnsupportedEncodingException ex) {
			return failed(claimed, ex);
		}
		outbox.markSent(id);
		return Outcome.SENT;
	}

	private MimeMessage message(JavaMailSender sender, ClaimedLetter claimed)
			throws MessagingException, UnsupportedEncodingException {
		Letter letter = claimed.letter();
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, letter.html() != null,
				StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		InternetAddress to = new InternetAddress(letter.toAddress(), letter.toName(), StandardCharsets.UTF_8.name());
		to.validate();
		helper.setTo(to);
		helper.setSubject(letter.subject());
		if (letter.html() == null) {
			helper.setText(letter.text());
		}
		else {
			helper.setText(letter.text(), letter.html());
		}
		// Which outbox letter this is, for whoever traces a message back to Planspor.
		message.setHeader("X-Planspor-Letter", Long.toString(claimed.id()));
		return message;
	}

	private Outcome failed(ClaimedLetter claimed, Exception ex) {
		long id = claimed.id();
		String error = describe(ex);
		LetterProblem problem = problemOf(ex);
		if (problem == LetterProblem.UNREACHABLE) {
			log.warn("Letter {} waits: no SMTP server to send it to ({})", id, error);
			outbox.markRetry(id, problem, error, settings.backOff(claimed.attempts()));
			return Outcome.SERVER_UNREACHABLE;
		}
		if (problem == LetterProblem.REJECTED || claimed.attempts() >= settings.maxAttempts()) {
			log.warn("Letter {} failed after {} attempts and is given up: {}", id, claimed.attempts(), error);
			outbox.markFailed(id, problem, error);
		}
		else {
			log.info("Letter {} failed (attempt {}), tried again later: {}", id, claimed.attempts(), error);
			outbox.markRetry(id, problem, error, settings.backOff(claimed.attempts()));
		}
		return Outcome.FAILED;
	}

	/** What kind of failure: the cause chain tells whether the server was there at all. */
	static LetterProblem problemOf(Throwable ex) {
		if (ex instanceof MailAuthenticationException) {
			return LetterProblem.UNREACHABLE;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			// The server refused our sender (PLANSPOR_MAIL_FROM), not the recipient: no letter can go
			// until the configuration is mended, so all wait, as when the server is down. (By name: the SMTP
			// provider, Angus Mail, is a runtime dependency only.)
			if (cause.getClass().getName().endsWith(".SMTPSenderFailedException")) {
				return LetterProblem.UNREACHABLE;
			}
			if (cause instanceof AddressException
					|| cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
							&& failed.getInvalidAddresses().length > 0) {
				return LetterProblem.REJECTED;
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof SocketTimeoutException || cause instanceof jakarta.mail.AuthenticationFailedException
					|| cause instanceof MessagingException && cause.getMessage() != null
							&& cause.getMessage().startsWith("Couldn't connect to host")) {
				return LetterProblem.UNREACHABLE;
			}
			if (cause instanceof MessagingException messaging && messaging.getNextException() != null
					&& problemOf(messaging.getNextException()) != LetterProblem.ERROR) {
				return problemOf(messaging.getNextException());
			}
		}
		return LetterProblem.ERROR;
	}

	/** The error as administrators read it: each distinct message in the cause chain. */
	static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
			if (!text.toString().contains(message)) {
				text.append(text.isEmpty() ? "" : " — ").append(message);
			}
		}
		return text.length() <= LONGEST_ERROR ? text.toString() : text.substring(0, LONGEST_ERROR - 1) + "…";
	}
}
