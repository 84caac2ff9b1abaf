package no.planspor.plan;

/** An item's code is the last segment of its address, so it must survive in a URL path. */
public final class ItemCodes {

	/** Characters Spring Security's firewall refuses in a path (or that split it), even when encoded. */
	private static final String FORBIDDEN = "/\\;%";

	private ItemCodes() {
	}

	public static boolean fitsInAddress(String code) {
		return code.chars().noneMatch(c -> FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c));
	}
}
