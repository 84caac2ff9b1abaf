package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendered page as text, with whitespace runs collapsed so that assertions do not depend on the
 * template's line breaks, and a way to cut out one element by its id.
 */
record Html(String text) {

	static Html of(String page) {
		return new Html(page.replaceAll("\\s+", " "));
	}

	/**
	 * The element of the given tag that carries {@code id}, up to the first closing tag of that name:
	 * enough for elements that do not nest their own kind (tr, blockquote, section.goal).
	 */
	Html element(String tag, String id) {
		int at = text.indexOf("id=\"" + id + "\"");
		assertThat(at).as("element with id %s", id).isNotNegative();
		int start = text.lastIndexOf("<" + tag, at);
		int end = text.indexOf("</" + tag + ">", at);
		assertThat(start).as("<%s> around id %s", tag, id).isNotNegative();
		return new Html(text.substring(start, end + tag.length() + 3));
	}

	/** From the first occurrence of {@code from} to the next occurrence of {@code to} after it. */
	Html between(String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("text %s", from).isNotNegative();
		int end = text.indexOf(to, start + from.length());
		return new Html(text.substring(start, end < 0 ? text.length() : end));
	}

	int count(String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}

	boolean contains(String part) {
		return text.contains(part);
	}

	@Override
	public String toString() {
		return text;
	}
}
