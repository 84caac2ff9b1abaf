package no.planspor.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A goal, sub-goal or measure with everything that belongs to it, and its children in plan order:
 * the item as read, which pages, exports, follow-up and every check of a change start from. Links are
 * the things they name ({@link Party}, {@link ItemRef}); what is written is {@link ItemFields}.
 *
 * @param parentId null for a top-level goal
 */
public record PlanItem(long id, Long parentId, ItemKind kind, String code, String title, String text,
		LocalDate deadline, String comment, List<Indicator> indicators, List<Party> responsible,
		List<ItemRef> strategyRefs, List<ItemRef> seeAlso, List<Shortlist> shortlists, List<PlanItem> children,
		int version) {

	/** What to show for the item: its title, else its text. */
	public String label() {
		return title != null ? title : text;
	}

	/** The code as the plan prints it inside its parent: "1a.ii" shows as "ii" under 1a. */
	public String shortCode(String parentCode) {
		if (parentCode != null && code.startsWith(parentCode + ".")) {
			return code.substring(parentCode.length() + 1);
		}
		return code;
	}

	public boolean isOn(String shortlistCode) {
		return shortlists.stream().anyMatch(s -> s.code().equals(shortlistCode));
	}

	/** This item and all below it, depth first in plan order. */
	public Stream<PlanItem> flatten() {
		return Stream.concat(Stream.of(this), children.stream().flatMap(PlanItem::flatten));
	}

	public List<PlanItem> measures() {
		return flatten().filter(item -> item.kind() == ItemKind.MEASURE).toList();
	}
}
