package no.planspor.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a person (or a document) sets on a goal, sub-goal or measure: everything but its indicators and
 * shortlists. The one input of {@link ItemRules} and of every write of an item's fields, and the fields
 * of an item a new plan brings ({@link NewPlan.NewItem}). Links are given by code (parties of the plan,
 * items of the parent strategy, items of the plan) and stored by id, so a later change of any code keeps
 * them. A shape of its own because it is what is written, not what is read: codes, not the things they
 * name.
 *
 * @param parent the code of the item it lies under, or null for a goal at the top of the plan
 */
public record ItemFields(String parent, ItemKind kind, String code, String title, String text, LocalDate deadline,
		String comment, List<String> responsible, List<String> strategyRefs, List<String> seeAlso) {

	public ItemFields {
		responsible = copy(responsible);
		strategyRefs = copy(strategyRefs);
		seeAlso = copy(seeAlso);
	}

	/** A copy that keeps null entries: what could not be read stays in its place, to be named by its index. */
	private static List<String> copy(List<String> codes) {
		return codes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(codes));
	}

	/**
	 * The fields as they are kept: text trimmed and blank as none, codes trimmed. A list keeps an entry
	 * that is null or blank in its place, for the rules to name by its index.
	 */
	public ItemFields cleaned() {
		return new ItemFields(clean(parent), kind, clean(code), clean(title), clean(text), deadline, clean(comment),
				cleanCodes(responsible), cleanCodes(strategyRefs), cleanCodes(seeAlso));
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> cleanCodes(List<String> codes) {
		return codes.stream().map(code -> code == null ? null : code.strip()).toList();
	}

	/** The item as it is stored, for a form to start from. */
	public static ItemFields of(PlanItem item, String parentCode) {
		return new ItemFields(parentCode, item.kind(), item.code(), item.title(), item.text(), item.deadline(),
				item.comment(), item.responsible().stream().map(Party::code).toList(),
				item.strategyRefs().stream().map(ItemRef::code).toList(),
				item.seeAlso().stream().map(ItemRef::code).toList());
	}
}
