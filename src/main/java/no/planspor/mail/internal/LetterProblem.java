package no.planspor.mail.internal;

/** What went wrong with a letter's last attempt (column {@code mail_letter.problem}). */
public enum LetterProblem {

	/** No SMTP server answered (down, unreachable, or refusing our credentials): tried again, never given up. */
	UNREACHABLE,
	/** The server or the address itself refused the addressee: given up at once. */
	REJECTED,
	/** Anything else: tried again with back-off, given up after the last attempt. */
	ERROR,
	/** The sender stopped while sending: it is not known whether the server got it, so it is not sent again by itself. */
	INTERRUPTED
}
