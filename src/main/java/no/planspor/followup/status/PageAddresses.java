package no.planspor.followup.status;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses the follow-up pages send people back to after a post: the item page, or the page
 * the form was on, but only ever a page of this application.
 */
public final class PageAddresses {

	private PageAddresses() {
	}

	/** The item page of an item (codes may hold spaces and brackets: "T1.1 a)"). */
	public static String itemPage(String planCode, String itemCode) {
		return UriComponentsBuilder.fromPath("/plans/{plan}/items/{item}")
			.buildAndExpand(planCode, itemCode)
			.encode()
			.toUriString();
	}

	/** Only a path of this application: never another site ("//evil", "https://…"). */
	public static boolean safe(String returnTo) {
		return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
				&& returnTo.chars().noneMatch(Character::isISOControl);
	}

	/** The page a post came from, if it is one of ours: its path and query, else null. */
	public static String sameSite(String referer, HttpServletRequest request) {
		if (referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(from.getHost()) || from.getRawPath() == null) {
				return null;
			}
			String back = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
			return safe(back) ? back : null;
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}
}
