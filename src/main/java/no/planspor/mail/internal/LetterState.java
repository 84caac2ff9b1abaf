package no.planspor.mail.internal;

/** Where a letter is on its way (column {@code mail_letter.state}). */
public enum LetterState {

	/** Queued, to be sent when due. */
	WAITING,
	/** Claimed by a sender, which is talking to the SMTP server. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Given up: see its problem and error. */
	FAILED
}
