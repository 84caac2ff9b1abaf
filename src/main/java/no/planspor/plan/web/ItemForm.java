package no.planspor.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.editing.ItemField;

/**
 * The item form as text: what is stored, or what the person typed. A shape of its own because a form
 * must give back exactly what was typed when it is refused, a date that is no date included; the
 * form's own fields ({@code indicators}, {@code position}, {@code returnTo}) ride along.
 */
record ItemForm(String parent, String kind, String code, String title, String text, String deadline,
		String comment, List<String> responsible, List<String> strategyRefs, String seeAlso, String indicators,
		String position, String version, String returnTo) {

	ItemForm {
		responsible = responsible == null ? List.of() : responsible;
		strategyRefs = strategyRefs == null ? List.of() : strategyRefs;
	}

	static ItemForm of(PlanItem item, String parentCode, String returnTo) {
		ItemFields fields = ItemFields.of(item, parentCode);
		return new ItemForm(parentCode, item.kind().name(), item.code(), item.title(), item.text(),
				item.deadline() == null ? "" : item.deadline().toString(), item.comment(), fields.responsible(),
				fields.strategyRefs(), String.join("\n", fields.seeAlso()), "", "", String.valueOf(item.version()),
				returnTo);
	}

	static ItemForm blank(String parentCode, ItemKind kind, String returnTo) {
		return new ItemForm(parentCode, kind == null ? "" : kind.name(), "", "", "", "", "", List.of(), List.of(), "",
				"", "", "0", returnTo);
	}

	/** The fields a person sets on this form, in its order; the parent is set by moving the item. */
	static final List<ItemField> FIELDS = List.of(ItemField.KIND, ItemField.CODE, ItemField.TITLE, ItemField.TEXT,
			ItemField.DEADLINE, ItemField.COMMENT, ItemField.RESPONSIBLE, ItemField.STRATEGY_REFS, ItemField.SEE_ALSO);

	/**
	 * Each field of {@link #FIELDS} in one normal form, keyed as {@link ItemField#key()}, for a stale save to
	 * be joined with what is stored: text trimmed with plain line ends, chosen codes sorted (their order is
	 * the item's, not the person's), see-also lines as typed. The edit form carries these for the version it
	 * was filled from, as {@code base.<key>}.
	 */
	/** The keys of {@link #FIELDS}. */
	static List<String> keys() {
		return FIELDS.stream().map(ItemField::key).toList();
	}

	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (ItemField field : FIELDS) {
			values.put(field.key(), switch (field) {
				case KIND -> plain(kind);
				case CODE -> plain(code);
				case TITLE -> plain(title);
				case TEXT -> plain(text);
				case DEADLINE -> plain(deadline);
				case COMMENT -> plain(comment);
				case RESPONSIBLE -> String.join("\n", new TreeSet<>(responsible));
				case STRATEGY_REFS -> String.join("\n", new TreeSet<>(strategyRefs));
				case SEE_ALSO -> String.join("\n", FormValues.lines(seeAlso));
				case PARENT -> throw new IllegalArgumentException("not a field of the item form");
			});
		}
		return values;
	}

	/** This form with the fields of {@code values} (in {@link #values()}' form) and another version and parent. */
	ItemForm with(Map<String, String> values, String parent, String version) {
		return new ItemForm(parent, values.getOrDefault("kind", kind), values.getOrDefault("code", code),
				values.getOrDefault("title", title), values.getOrDefault("text", text),
				values.getOrDefault("deadline", deadline), values.getOrDefault("comment", comment),
				values.containsKey("responsible") ? codes(values.get("responsible")) : responsible,
				values.containsKey("strategyRefs") ? codes(values.get("strategyRefs")) : strategyRefs,
				values.getOrDefault("seeAlso", seeAlso), indicators, position, version, returnTo);
	}

	private static String plain(String value) {
		return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	private static List<String> codes(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
	}
}
