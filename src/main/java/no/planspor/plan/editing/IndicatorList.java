package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.planspor.audit.Change;
import no.planspor.plan.Indicator;
import no.planspor.plan.IndicatorTargets;
import no.planspor.plan.ItemRules;
import no.planspor.plan.PlanItem;
import no.planspor.plan.TargetRules;
import no.planspor.shared.Conflict;
import no.planspor.shared.Problem;

/**
 * An item's indicators made exactly a given list in one write (the item API's PUT): existing ones
 * named by number edited and reordered, new ones added, the ones left out archived, targets set
 * through {@link IndicatorTargets}. One indicator at a time is {@link IndicatorEditing}'s.
 */
@Component
class IndicatorList {

	private final ItemStore store;

	private final IndicatorTargets targets;

	IndicatorList(ItemStore store, IndicatorTargets targets) {
		this.store = store;
		this.targets = targets;
	}

	/** The list checked, text trimmed; numbers point at the item's indicators as they are. */
	List<IndicatorEdit> check(PlanItem current, List<IndicatorEdit> edits, List<Problem> problems) {
		List<IndicatorEdit> checked = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < edits.size(); i++) {
			IndicatorEdit edit = edits.get(i);
			String at = "indicators[" + i + "]";
			problems.addAll(ItemRules.indicatorText(edit.text(), at + ".text"));
			if (edit.target() != null) {
				problems.addAll(TargetRules.check(edit.target(), at + ".target"));
			}
			if (!edit.isNew()) {
				if (edit.number() < 1 || edit.number() > current.indicators().size()) {
					problems.add(Problem.of(at + ".number", "plan.edit.indicator.unknown", edit.number(),
							current.indicators().size()));
				}
				else if (!seen.add(edit.number())) {
					problems.add(Problem.of(at + ".number", "plan.edit.duplicate", edit.number()));
				}
				if (edit.version() == null) {
					problems.add(Problem.of(at + ".version", "plan.edit.version.required"));
				}
			}
			else if (edit.version() != null) {
				problems.add(Problem.of(at + ".number", "plan.edit.indicator.number-missing"));
			}
			String text = edit.text() == null || edit.text().isBlank() ? null : edit.text().strip();
			checked.add(new IndicatorEdit(edit.number(), text, edit.target(), edit.version()));
		}
		return checked;
	}

	/** Whether the list adds, removes or reorders indicators (and so changes the item's own document). */
	static boolean restructures(PlanItem current, List<IndicatorEdit> edits) {
		if (edits.size() != current.indicators().size()) {
			return true;
		}
		for (int i = 0; i < edits.size(); i++) {
			if (edits.get(i).isNew() || edits.get(i).number() != i + 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes the list, adding its audit entries to {@code changes}. Answers the target changes, to be run
	 * once everything else is written: {@link IndicatorTargets} reads the plan again and must find the
	 * item under its new code, with its indicators in their new order.
	 *
	 * @throws Conflict when an indicator was saved since the version given for it
	 */
	List<Runnable> write(String planCode, long planId, PlanItem current, String newCode, List<IndicatorEdit> edits,
			List<Change> changes) {
		Set<Integer> kept = edits.stream().filter(e -> !e.isNew()).map(IndicatorEdit::number).collect(Collectors.toSet());
		List<Long> gone = new ArrayList<>();
		for (Indicator indicator : current.indicators()) {
			if (!kept.contains(indicator.number())) {
				gone.add(indicator.id());
				changes.add(new Change("ARCHIVED", ItemChanges.INDICATOR, indicator.id(), planId, current.id(),
						ItemChanges.indicatorLabel(newCode, indicator.text()), null, null, null));
			}
		}
		if (!gone.isEmpty()) {
			store.archiveIndicators(gone);
		}
		List<Long> order = new ArrayList<>();
		List<Runnable> targetChanges = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			IndicatorEdit edit = edits.get(i);
			int number = i + 1;
			if (edit.isNew()) {
				long id = store.addIndicator(current.id(), i, edit.text(), null);
				order.add(id);
				changes.add(Change.created(ItemChanges.INDICATOR, id, planId, current.id(),
						ItemChanges.indicatorLabel(newCode, edit.text())));
				if (edit.target() != null) {
					targetChanges.add(() -> targets.setTarget(planCode, newCode, number, edit.target(), 0));
				}
				continue;
			}
			Indicator stored = current.indicators().get(edit.number() - 1);
			order.add(stored.id());
			int version = stored.version();
			if (!stored.text().equals(edit.text())) {
				if (store.editIndicator(stored.id(), version, edit.text()) == 0) {
					throw Conflict.staleVersion(current);
				}
				version++;
				changes.add(Change.updated(ItemChanges.INDICATOR, stored.id(), planId, current.id(),
						ItemChanges.indicatorLabel(newCode, edit.text()), "text", stored.text(), edit.text()));
			}
			if (!Objects.equals(stored.target(), edit.target())) {
				int expected = version;
				targetChanges.add(() -> targets.setTarget(planCode, newCode, number, edit.target(), expected));
			}
		}
		store.renumberIndicators(order);
		return targetChanges;
	}
}
