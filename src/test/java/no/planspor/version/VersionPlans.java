package no.planspor.version;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.account.SystemIdentity;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemFieldsEditing;

/** What the version tests start from: a copy of KRN's plan of their own, and an item's text changed. */
final class VersionPlans {

	private VersionPlans() {
	}

	/** A copy of KRN's plan under a fresh code in a unit of the version tests; returns its code. */
	static String krnCopy(PlanExchange exchange, String prefix) {
		String plan = PlanDocuments.freshCode(prefix);
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", plan);
		doc.putObject("unit").put("code", "X-VERSION").put("name", "Versjonstestklinikken");
		PlanDocuments.importAsSystem(exchange, doc);
		return plan;
	}

	/** Saves a new text for one item, as the system, every other field as it is. */
	static void editText(PlanReader plans, ItemFieldsEditing fields, String plan, String code, String text) {
		PlanTree tree = plans.tree(plan);
		var item = tree.item(code).orElseThrow();
		ItemFields now = ItemFields.of(item, item.parentId() == null ? null : tree.itemsById().get(item.parentId()).code());
		SystemIdentity.call(() -> fields.edit(plan, code, new ItemFields(now.parent(), now.kind(), now.code(), now.title(),
				text, now.deadline(), now.comment(), now.responsible(), now.strategyRefs(), now.seeAlso()), item.version()));
	}
}
