package no.planspor.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;

/**
 * The fragment id of each item on its plan page, derived from the item's code so that a link such as
 * {@code /plans/krn-forskning-2025-2029#item-T1.1-a} keeps working as the plan changes around it.
 * Codes hold spaces and brackets ("T1.1 a)", "T1.2 a) b)"), which are awkward in fragments; letters,
 * digits and dots are kept and every other run of characters becomes one hyphen.
 */
final class Anchors {

	private static final String PREFIX = "item-";

	private Anchors() {
	}

	/** The id for a code on its own: "T1.1 a)" → "item-T1.1-a", "1a.ii" → "item-1a.ii". */
	static String of(String code) {
		StringBuilder id = new StringBuilder(PREFIX);
		boolean gap = false;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
				if (gap && id.length() > PREFIX.length()) {
					id.append('-');
				}
				id.append(c);
				gap = false;
			}
			else {
				gap = true;
			}
		}
		if (id.length() == PREFIX.length()) {
			// Nothing readable in the code (all punctuation, or not Latin): fall back to its code points.
			code.codePoints().forEach(cp -> id.append(Integer.toHexString(cp)).append('-'));
			id.setLength(id.length() - 1);
		}
		return id.toString();
	}

	/**
	 * The ids of every item of a plan. Two codes that differ only in punctuation ("T1.1 a)" and
	 * "T1.1-a") would share an id; the later one in plan order gets a numbered suffix, so ids stay
	 * unique on the page and the earlier item keeps the plain one.
	 */
	static Map<Long, String> forPlan(PlanTree tree) {
		Map<Long, String> anchors = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		tree.allItems().forEach((PlanItem item) -> {
			String id = of(item.code());
			for (int n = 2; !taken.add(id); n++) {
				id = of(item.code()) + "-" + n;
			}
			anchors.put(item.id(), id);
		});
		return anchors;
	}
}
