package no.planspor.mail.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The background sender: every {@code planspor.mail.poll-interval} it sends what is due. Its own
 * thread rather than the application's scheduler, so that stopping it is in its hands: a stop lets the
 * letter in hand finish (and its outcome be written) before the database goes, and claims no more.
 * Without an SMTP server it does not run, and says so once.
 */
@Component
class SenderLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SenderLoop.class);

	private final LetterSender sender;

	private final MailSettings settings;

	private volatile boolean running;

	private ScheduledExecutorService executor;

	SenderLoop(LetterSender sender, MailSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		running = true;
		if (!settings.senderEnabled()) {
			return;
		}
		if (!sender.configured()) {
			log.warn("""
					E-mail is not configured (no spring.mail.host / SPRING_MAIL_HOST): letters wait in the outbox, \
					where administrators can read them (Administrasjon → E-post), and are sent once it is.""");
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "planspor-mail-sender");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(1, settings.pollInterval().toMillis());
		executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void round() {
		try {
			sender.sendDue(() -> running);
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next round tries again.
			log.warn("The mail sender's round failed; it tries again in {}", settings.pollInterval(), ex);
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (executor == null) {
			return;
		}
		executor.shutdown();
		try {
			// One SMTP conversation at most (the SMTP timeouts in application.properties).
			if (!executor.awaitTermination(90, TimeUnit.SECONDS)) {
				log.warn("The mail sender did not finish its letter in time; it counts as interrupted");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		executor = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
