package no.planspor.plan;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** Addresses of the reading and editing pages, with codes encoded as path segments ("T1.1 a)" → "T1.1%20a)"). */
final class EditPaths {

	private EditPaths() {
	}

	static String plan(String plan) {
		return "/plans/" + segment(plan);
	}

	static String item(String plan, String item) {
		return plan(plan) + "/items/" + segment(item);
	}

	static String editItem(String plan, String item) {
		return item(plan, item) + "/edit";
	}

	static String editPlan(String plan) {
		return plan(plan) + "/edit";
	}

	/** The plan's items as a tree to edit, scrolled to one of them. */
	static String structure(String plan, Long itemId) {
		return editPlan(plan) + "/items" + (itemId == null ? "" : "#item-" + itemId);
	}

	static String segment(String code) {
		return UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
	}
}
