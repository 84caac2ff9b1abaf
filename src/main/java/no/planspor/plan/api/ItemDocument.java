package no.planspor.plan.api;

import java.time.LocalDate;
import java.util.List;

import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.plan.Target;

/**
 * One item as the item API shows it and takes it back: {@code GET} answers this, {@code PUT} accepts
 * it changed. {@code plan} and {@code shortlists} are read-only here; {@code version} is the item's,
 * and each indicator carries its own. A shape of its own because it is a published contract
 * (docs/api.md): it changes only when the API does, whatever the item's other shapes do.
 */
record ItemDocument(String plan, String code, ItemKind kind, String parent, String title, String text,
		LocalDate deadline, String comment, List<String> responsible, List<String> strategyRefs, List<String> seeAlso,
		List<String> shortlists, List<IndicatorDocument> indicators, int version) {

	/** An indicator with its number (from 1, in plan order within the item) and version. */
	record IndicatorDocument(int number, String text, Target target, int version) {
	}

	static ItemDocument of(PlanTree tree, PlanItem item) {
		PlanItem parent = item.parentId() == null ? null : tree.itemsById().get(item.parentId());
		return new ItemDocument(tree.plan().code(), item.code(), item.kind(), parent == null ? null : parent.code(),
				item.title(), item.text(), item.deadline(), item.comment(),
				item.responsible().stream().map(Party::code).toList(),
				item.strategyRefs().stream().map(ItemRef::code).toList(),
				item.seeAlso().stream().map(ItemRef::code).toList(),
				item.shortlists().stream().map(Shortlist::code).toList(),
				item.indicators()
					.stream()
					.map(i -> new IndicatorDocument(i.number(), i.text(), i.target(), i.version()))
					.toList(),
				item.version());
	}
}
