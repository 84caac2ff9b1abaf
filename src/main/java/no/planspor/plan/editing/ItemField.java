package no.planspor.plan.editing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import no.planspor.plan.ItemFields;

/**
 * The fields of an item a person sets ({@link ItemFields}) as one list, in the order the item form
 * shows them. A save compares these to decide whether anything changed, records each one that did in
 * the audit log old → new, and a save refused as stale shows them side by side with what is stored. A
 * field added to ItemFields gets its line here ({@code ItemFieldTest} holds the two together), and is
 * then compared, audited and shown without a second thought.
 */
public enum ItemField {

	KIND("kind"), CODE("code"), PARENT("parent"), TITLE("title"), TEXT("text"), DEADLINE("deadline"),
	COMMENT("comment"), RESPONSIBLE("responsible"), STRATEGY_REFS("strategyRefs"), SEE_ALSO("seeAlso");

	private final String key;

	ItemField(String key) {
		this.key = key;
	}

	/** Its name in problem paths, in audit entries and in the labels' message keys ({@code plan.item.field.…}). */
	public String key() {
		return key;
	}

	/** Its value in these fields, as two saves compare it. */
	public Object value(ItemFields fields) {
		return switch (this) {
			case KIND -> fields.kind();
			case CODE -> fields.code();
			case PARENT -> fields.parent();
			case TITLE -> fields.title();
			case TEXT -> fields.text();
			case DEADLINE -> fields.deadline();
			case COMMENT -> fields.comment();
			case RESPONSIBLE -> fields.responsible();
			case STRATEGY_REFS -> fields.strategyRefs();
			case SEE_ALSO -> fields.seeAlso();
		};
	}

	/** Its value as the audit log and the conflict table show it: codes joined by commas, null for none. */
	public String shown(ItemFields fields) {
		return shown(value(fields));
	}

	/** A value as {@link #shown(ItemFields)} shows it. */
	public static String shown(Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return value == null ? null : value.toString();
	}

	/** The fields whose values differ, in form order. */
	public static List<ItemField> changed(ItemFields before, ItemFields after) {
		return Arrays.stream(values()).filter(f -> !Objects.equals(f.value(before), f.value(after))).toList();
	}
}
