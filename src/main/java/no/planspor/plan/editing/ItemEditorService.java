package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.plan.Indicator;
import no.planspor.plan.ItemEditor;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.shared.Problem;

/** {@link ItemEditor} for other modules: the editor's own services, with indicators given as texts. */
@Service
class ItemEditorService implements ItemEditor {

	private final ItemFieldsEditing fields;

	private final ItemArchiving archiving;

	private final PlanReader plans;

	ItemEditorService(ItemFieldsEditing fields, ItemArchiving archiving, PlanReader plans) {
		this.fields = fields;
		this.archiving = archiving;
		this.plans = plans;
	}

	@Override
	@Transactional
	public PlanItem add(String planCode, ItemFields item, List<String> indicatorTexts) {
		return fields.add(planCode, item, null, indicatorTexts);
	}

	@Override
	@Transactional
	public PlanItem rewrite(String planCode, String itemCode, ItemFields item, List<String> indicatorTexts,
			int expectedVersion) {
		List<IndicatorEdit> edits = null;
		if (indicatorTexts != null) {
			List<Indicator> existing = plans.tree(planCode).requireItem(itemCode).indicators();
			edits = new ArrayList<>();
			for (int i = 0; i < indicatorTexts.size(); i++) {
				Indicator kept = i < existing.size() ? existing.get(i) : null;
				edits.add(kept == null ? new IndicatorEdit(null, indicatorTexts.get(i), null, null)
						: new IndicatorEdit(kept.number(), indicatorTexts.get(i), kept.target(), kept.version()));
			}
		}
		return fields.replace(planCode, itemCode, item, edits, expectedVersion);
	}

	@Override
	@Transactional
	public void archive(String planCode, String itemCode, int expectedVersion) {
		archiving.archive(planCode, itemCode, expectedVersion);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Problem> problems(String planCode, String itemCode, ItemFields item) {
		return fields.problems(planCode, itemCode, item);
	}
}
