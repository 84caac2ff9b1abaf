package no.planspor.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.followup.indicator.IndicatorReadings;
import no.planspor.followup.indicator.YearReadings;
import no.planspor.followup.status.Severity;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;

/**
 * Where a plan stands, for every page that shows it: each item's latest state (stale? overdue?) and
 * who answers for it, from the read model ({@link ItemStandings#ofPlan}); goals' and sub-goals'
 * roll-ups, counted here over the loaded tree; and each indicator's progress. Two SQL statements,
 * whatever the plan's size or the length of its history.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpReader {

	private final ItemStandings standings;

	private final IndicatorReadings readings;

	private final Clock clock;

	FollowUpReader(ItemStandings standings, IndicatorReadings readings, Clock clock) {
		this.standings = standings;
		this.readings = readings;
		this.clock = clock;
	}

	public PlanFollowUp forPlan(PlanTree tree) {
		LocalDate today = LocalDate.now(clock);
		long planId = tree.plan().id();
		Map<Long, ItemFollowUp> standing = standings.ofPlan(planId);
		Map<Long, ItemFollowUp> items = new HashMap<>();
		for (PlanItem root : tree.items()) {
			collect(root, standing, items);
		}
		Map<Long, PlanItem> byId = tree.itemsById();
		Map<Long, List<Party>> answering = new HashMap<>();
		standing.forEach((itemId, follow) -> {
			PlanItem answers = follow.answeringItemId() == null ? null : byId.get(follow.answeringItemId());
			if (answers != null) {
				answering.put(itemId, answers.responsible());
			}
		});
		Map<Long, List<YearReadings>> yearly = readings.ofPlan(planId);
		Map<Long, IndicatorProgress> indicators = new HashMap<>();
		tree.allItems().flatMap(item -> item.indicators().stream()).forEach(indicator -> indicators.put(indicator.id(),
				IndicatorReadings.progress(indicator, yearly, tree.plan().periodFrom(), tree.plan().periodTo(), today)));
		return new PlanFollowUp(Map.copyOf(items), Map.copyOf(indicators), Map.copyOf(answering));
	}

	/**
	 * Where a plan stood as a version froze it: the statuses it kept, with goals' and sub-goals' roll-ups
	 * counted by the same rule as today's. No stale, overdue or never-updated flags (they say how things
	 * stand today, not then), nobody answering, and no indicator progress (a version keeps no
	 * measurements). No SQL.
	 *
	 * @param latest each item's latest status then, by item id
	 */
	public PlanFollowUp frozen(PlanTree tree, Map<Long, StatusReport> latest) {
		Map<Long, ItemFollowUp> standing = new HashMap<>();
		latest.forEach((itemId, status) -> standing.put(itemId,
				new ItemFollowUp(status, false, false, false, false, null, null)));
		Map<Long, ItemFollowUp> items = new HashMap<>();
		for (PlanItem root : tree.items()) {
			collect(root, standing, items);
		}
		return new PlanFollowUp(Map.copyOf(items), Map.of(), Map.of());
	}

	/** Depth first, so that a goal's roll-up can count the measures below it. */
	private List<StatusReport> collect(PlanItem item, Map<Long, ItemFollowUp> standing, Map<Long, ItemFollowUp> out) {
		ItemFollowUp own = standing.getOrDefault(item.id(), ItemFollowUp.NONE);
		List<StatusReport> measuresBelow = new ArrayList<>();
		for (PlanItem child : item.children()) {
			measuresBelow.addAll(collect(child, standing, out));
		}
		out.put(item.id(), item.kind() == ItemKind.MEASURE ? own : own.withRollUp(rollUp(measuresBelow)));
		if (item.kind() == ItemKind.MEASURE) {
			List<StatusReport> self = new ArrayList<>();
			self.add(own.latest());
			return self;
		}
		return measuresBelow;
	}

	private static RollUp rollUp(List<StatusReport> measures) {
		Map<State, Integer> counts = new EnumMap<>(State.class);
		int without = 0;
		State worst = null;
		for (StatusReport status : measures) {
			if (status == null) {
				without++;
				continue;
			}
			counts.merge(status.state(), 1, Integer::sum);
			if (status.state() != State.CANCELLED
					&& (worst == null || Severity.WORST_FIRST_ORDER.compare(status.state(), worst) < 0)) {
				worst = status.state();
			}
		}
		return new RollUp(counts, without, worst);
	}
}
