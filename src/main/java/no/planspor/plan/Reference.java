package no.planspor.plan;

import java.net.URI;

/** A document the plan refers to; the url may be unknown. */
public record Reference(String title, String url) {

	/**
	 * Whether the address may become a link: only http(s) addresses do, so that neither an edit nor an
	 * imported document can smuggle a javascript: link into a page.
	 */
	public static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}
}
