package no.planspor.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An item's fields to change one at a time in a test, starting from what is stored. */
final class FieldsBuilder {

	String parent;

	ItemKind kind;

	String code;

	String title;

	String text;

	LocalDate deadline;

	String comment;

	List<String> responsible;

	List<String> strategyRefs;

	List<String> seeAlso;

	static FieldsBuilder of(PlanTree tree, PlanItem item) {
		FieldsBuilder b = new FieldsBuilder();
		ItemFields f = ItemFields.of(item, item.parentId() == null ? null : tree.itemsById().get(item.parentId()).code());
		b.parent = f.parent();
		b.kind = f.kind();
		b.code = f.code();
		b.title = f.title();
		b.text = f.text();
		b.deadline = f.deadline();
		b.comment = f.comment();
		b.responsible = new ArrayList<>(f.responsible());
		b.strategyRefs = new ArrayList<>(f.strategyRefs());
		b.seeAlso = new ArrayList<>(f.seeAlso());
		return b;
	}

	static FieldsBuilder measure(String parent, String code, String text) {
		FieldsBuilder b = new FieldsBuilder();
		b.parent = parent;
		b.kind = ItemKind.MEASURE;
		b.code = code;
		b.text = text;
		b.responsible = new ArrayList<>();
		b.strategyRefs = new ArrayList<>();
		b.seeAlso = new ArrayList<>();
		return b;
	}

	ItemFields build() {
		return new ItemFields(parent, kind, code, title, text, deadline, comment, responsible, strategyRefs, seeAlso);
	}
}
