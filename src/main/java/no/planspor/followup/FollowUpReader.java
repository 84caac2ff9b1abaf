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
import no.planspor.followup.status.FollowUpSettings;
import no.planspor.followup.status.Severity;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;

/**
 * Where a plan stands, for every page that shows it: each item's latest state (stale? overdue?),
 * goals' and sub-goals' roll-ups, and each indicator's progress. Two SQL statements, whatever the
 * plan's size or the length of its history.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpReader {

	private final StatusUpdates statuses;

	private final IndicatorReadings readings;

	private final FollowUpSettings settings;

	private final Clock clock;

	FollowUpReader(StatusUpdates statuses, IndicatorReadings readings, FollowUpSettings settings, Clock clock) {
		this.statuses = statuses;
		this.readings = readings;
		this.settings = settings;
		this.clock = clock;
	}

	public PlanFollowUp forPlan(PlanTree tree) {
		LocalDate today = LocalDate.now(clock);
		long planId = tree.plan().id();
		Map<Long, StatusReport> latest = statuses.latestByItem(planId);
		Map<Long, ItemFollowUp> items = new HashMap<>();
		for (PlanItem root : tree.items()) {
			collect(root, latest, items, today);
		}
		Map<Long, List<YearReadings>> yearly = readings.ofPlan(planId);
		Map<Long, IndicatorProgress> indicators = new HashMap<>();
		tree.allItems().flatMap(item -> item.indicators().stream()).forEach(indicator -> indicators.put(indicator.id(),
				IndicatorReadings.progress(indicator, yearly, tree.plan().periodFrom(), tree.plan().periodTo(), today)));
		return new PlanFollowUp(Map.copyOf(items), Map.copyOf(indicators));
	}

	/** Depth first, so that a goal's roll-up can count the measures below it. */
	private List<StatusReport> collect(PlanItem item, Map<Long, StatusReport> latest, Map<Long, ItemFollowUp> out,
			LocalDate today) {
		StatusReport status = latest.get(item.id());
		List<StatusReport> measuresBelow = new ArrayList<>();
		for (PlanItem child : item.children()) {
			measuresBelow.addAll(collect(child, latest, out, today));
		}
		RollUp rollUp = item.kind() == ItemKind.MEASURE ? null : rollUp(measuresBelow);
		out.put(item.id(), followUp(status, item.deadline(), rollUp, today));
		if (item.kind() == ItemKind.MEASURE) {
			List<StatusReport> self = new ArrayList<>();
			self.add(status);
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

	/**
	 * Where one item stands: stale when its latest update is older than the configured days, overdue
	 * past its deadline; neither once it is done or cancelled.
	 */
	public ItemFollowUp followUp(StatusReport latest, LocalDate deadline, RollUp rollUp, LocalDate today) {
		boolean open = latest == null || !isFinished(latest.state());
		boolean stale = latest != null && open && latest.asOf().plusDays(settings.staleAfterDays()).isBefore(today);
		boolean overdue = deadline != null && deadline.isBefore(today) && open;
		return new ItemFollowUp(latest, stale, overdue, rollUp);
	}

	static boolean isFinished(State state) {
		return state == State.DONE || state == State.CANCELLED;
	}

}
