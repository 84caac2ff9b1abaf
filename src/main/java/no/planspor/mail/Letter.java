package no.planspor.mail;

/**
 * One message to one person, rendered, ready to queue. {@code purpose} is a short machine tag
 * ("round-asked"), so that administrators see why a letter was written. {@code html} may be null for a
 * letter in plain text only; every other part is required.
 */
public record Letter(String toAddress, String toName, String subject, String text, String html, String purpose) {

	public Letter {
		require(toAddress, "toAddress");
		require(subject, "subject");
		require(purpose, "purpose");
		if (text == null) {
			throw new IllegalArgumentException("A letter needs a text part");
		}
		toAddress = toAddress.strip();
	}

	private static void require(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A letter needs " + name);
		}
	}
}
