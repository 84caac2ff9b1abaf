package no.planspor.plan.web;

import java.util.List;

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

	/**
	 * A field as the conflict table shows it beside the same field of another form. Codes chosen in
	 * lists are shown in the order {@code stored} has them, as saving would keep them.
	 */
	String shown(ItemField field, ItemForm stored) {
		return switch (field) {
			case KIND -> kind;
			case CODE -> code;
			// Not a field of this form: the move page changes it, and says so if that went stale.
			case PARENT -> null;
			case TITLE -> title;
			case TEXT -> text;
			case DEADLINE -> deadline;
			case COMMENT -> comment;
			case RESPONSIBLE -> String.join(", ", FormValues.keepOrder(stored.responsible(), responsible));
			case STRATEGY_REFS -> String.join(", ", FormValues.keepOrder(stored.strategyRefs(), strategyRefs));
			case SEE_ALSO -> String.join(", ", FormValues.lines(seeAlso));
		};
	}
}
