package no.planspor.mail.internal;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters are sent ({@code planspor.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender of every letter ({@code PLANSPOR_MAIL_FROM}), "Planspor &lt;planspor@example.no&gt;" or an address
 * @param senderEnabled whether the background sender runs (tests drive it themselves)
 * @param pollInterval how often the background sender looks for letters that are due
 * @param firstRetry the wait after the first failed attempt; it doubles with each attempt after that
 * @param retryCap the longest wait between two attempts
 * @param maxAttempts after this many failed attempts a letter is given up (FAILED) with the reason;
 *        a letter that could not be tried because no SMTP server answered is never given up
 * @param lease how long a letter may stay claimed ("sending") before it counts as interrupted; longer
 *        than any one send can take with the SMTP timeouts in application.properties
 * @param batch the most letters one round of the sender sends
 */
@ConfigurationProperties("planspor.mail")
public record MailSettings(@DefaultValue("Planspor <planspor@localhost>") String from,
		@DefaultValue("true") boolean senderEnabled, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("15s") Duration firstRetry, @DefaultValue("5m") Duration retryCap,
		@DefaultValue("8") int maxAttempts, @DefaultValue("10m") Duration lease, @DefaultValue("100") int batch) {

	/**
	 * A sender that is no address would make every letter fail as if its recipient were wrong; better
	 * that the application refuses to start and says which setting to mend.
	 */
	public MailSettings {
		try {
			new InternetAddress(from, true).validate();
		}
		catch (AddressException e) {
			throw new IllegalArgumentException(
					"PLANSPOR_MAIL_FROM (planspor.mail.from) is not an e-mail address: «" + from + "» (" + e.getMessage() + ")");
		}
	}

	/** The wait before the next attempt after {@code attempts} failed ones: doubling from firstRetry, at most retryCap. */
	public Duration backOff(int attempts) {
		Duration wait = firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(retryCap) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(retryCap) > 0 ? retryCap : wait;
	}
}
