package no.planspor.plan.web;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** Addresses of the reading and editing pages, with codes encoded as path segments ("T1.1 a)" → "T1.1%20a)"). */
public final class EditPaths {

	private EditPaths() {
	}

	public static String plan(String plan) {
		return "/plans/" + segment(plan);
	}

	public static String item(String plan, String item) {
		return plan(plan) + "/items/" + segment(item);
	}

	public static String editItem(String plan, String item) {
		return item(plan, item) + "/edit";
	}

	public static String editPlan(String plan) {
		return plan(plan) + "/edit";
	}

	/** The plan's items as a tree to edit, scrolled to one of them. */
	public static String structure(String plan, Long itemId) {
		return editPlan(plan) + "/items" + (itemId == null ? "" : "#item-" + itemId);
	}

	public static String segment(String code) {
		return UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
	}
}
