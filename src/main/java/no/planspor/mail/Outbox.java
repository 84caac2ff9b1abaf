package no.planspor.mail;

/**
 * Queues letters in the caller's transaction; the background sender sends each exactly once after
 * commit. A letter whose transaction rolls back was never queued.
 */
public interface Outbox {

	/**
	 * Requires a running transaction (what caused the letter and the letter commit or roll back
	 * together). Returns the letter's id.
	 */
	long queue(Letter letter);
}
