package no.planspor.workbook.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.planspor.followup.StatusUpdates;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PartyKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.plan.Shortlists;
import no.planspor.plan.editing.IndicatorEdit;
import no.planspor.plan.editing.ItemArchiving;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.workbook.internal.RowValues.Field;

/**
 * Writes a workbook's {@link Edits} through the services every other edit goes through (the editor's
 * item, party and archive services, the shortlists, follow-up's status recording), so that rules,
 * versions and the audit log are the same. The caller holds the one transaction all of it runs in: a
 * refusal anywhere undoes everything.
 */
@Component
public class EditsWriter {

	private final PlanReader plans;

	private final ItemFieldsEditing items;

	private final ItemArchiving archiving;

	private final PartyEditing parties;

	private final Shortlists shortlists;

	private final StatusUpdates statuses;

	EditsWriter(PlanReader plans, ItemFieldsEditing items, ItemArchiving archiving, PartyEditing parties,
			Shortlists shortlists, StatusUpdates statuses) {
		this.plans = plans;
		this.items = items;
		this.archiving = archiving;
		this.parties = parties;
		this.shortlists = shortlists;
		this.statuses = statuses;
	}

	public void write(String plan, Edits edits) {
		for (String party : edits.newParties()) {
			parties.addParty(plan, party, party, PartyKind.ROLE);
		}
		PlanTree tree = plans.tree(plan);
		for (Edits.ItemEdit edit : edits.edits()) {
			PlanItem item = tree.itemsById().get(edit.key());
			ItemFields fields = ItemEditsFromRows.fields(tree, item, edit.values());
			List<IndicatorEdit> indicators = edit.values().containsKey(Field.INDICATORS)
					? ItemEditsFromRows.indicators(item, lines(edit.values().get(Field.INDICATORS))) : null;
			items.replace(plan, item.code(), fields, indicators, item.version());
		}
		Map<Integer, Long> newIds = new HashMap<>();
		for (Edits.NewItem row : edits.added()) {
			tree = plans.tree(plan);
			String parentCode = row.parentKey() != null ? tree.itemsById().get(row.parentKey()).code()
					: row.parentRow() != null ? tree.itemsById().get(newIds.get(row.parentRow())).code() : null;
			PlanItem created = items.add(plan, ItemEditsFromRows.fields(parentCode, row.kind(), row.values()), null,
					row.values().indicators());
			newIds.put(row.row(), created.id());
		}
		tree = plans.tree(plan);
		for (Edits.ItemEdit edit : edits.edits()) {
			if (edit.values().containsKey(Field.SHORTLISTS)) {
				mark(plan, tree.itemsById().get(edit.key()), lines(edit.values().get(Field.SHORTLISTS)));
			}
		}
		for (Edits.NewItem row : edits.added()) {
			if (!row.values().shortlists().isEmpty()) {
				mark(plan, tree.itemsById().get(newIds.get(row.row())), row.values().shortlists());
			}
		}
		for (Edits.NewStatus status : edits.statuses()) {
			long id = status.key() != null ? status.key() : newIds.get(status.row());
			statuses.record(plan, tree.itemsById().get(id).code(), status.report(), null);
		}
		tree = plans.tree(plan);
		for (Long key : edits.removed()) {
			PlanItem item = tree.itemsById().get(key);
			archiving.archive(plan, item.code(), item.version());
		}
	}

	private void mark(String plan, PlanItem item, List<String> wanted) {
		List<String> now = item.shortlists().stream().map(Shortlist::code).toList();
		for (String code : wanted) {
			if (!now.contains(code)) {
				shortlists.putOn(plan, code, item.code());
			}
		}
		for (String code : now) {
			if (!wanted.contains(code)) {
				shortlists.takeOff(plan, code, item.code());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> lines(Object value) {
		return (List<String>) value;
	}
}
