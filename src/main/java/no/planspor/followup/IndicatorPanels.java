package no.planspor.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import no.planspor.account.Permissions;
import no.planspor.followup.indicator.IndicatorView;
import no.planspor.followup.indicator.Measurement;
import no.planspor.followup.indicator.Measurements;
import no.planspor.followup.indicator.ProgressRules;
import no.planspor.followup.indicator.TargetJson;
import no.planspor.followup.status.FollowUpAccess;
import no.planspor.plan.Indicator;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Target;

/** Puts together an item's indicators for the item page: one statement (the item's measurements). */
@Service
public class IndicatorPanels {

	private final Measurements measurements;

	private final Permissions permissions;

	private final FollowUpAccess access;

	private final JsonMapper json;

	private final Clock clock;

	IndicatorPanels(Measurements measurements, Permissions permissions, FollowUpAccess access, JsonMapper json,
			Clock clock) {
		this.measurements = measurements;
		this.permissions = permissions;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/** @param follow the plan's follow-up, from the page's one {@link FollowUpReader#forPlan} call */
	public IndicatorPanel of(PlanTree tree, PlanItem item, PlanFollowUp follow) {
		var plan = tree.plan();
		Map<Long, List<Measurement>> values = measurements.historyOfItem(item.id());
		boolean mayEdit = permissions.mayEditPlansOf(plan.unit().id());
		boolean mayContribute = access.mayRecord(tree, item, follow);
		List<IndicatorView> views = new ArrayList<>();
		for (Indicator indicator : item.indicators()) {
			List<Measurement> own = values.getOrDefault(indicator.id(), List.of());
			IndicatorProgress progress = follow.indicator(indicator.id());
			views.add(new IndicatorView(indicator.number(), indicator, progress, own,
					own.isEmpty() ? null : chart(indicator.target(), progress, own, plan.periodFrom(), plan.periodTo()),
					mayEdit, mayContribute && indicator.target() != null));
		}
		return new IndicatorPanel(plan.code(), item.code(), List.copyOf(views),
				AsOfDates.of(plan.periodFrom(), plan.periodTo(), LocalDate.now(clock)));
	}

	/**
	 * The chart's data: the values in date order (for RECURRING targets, the running count within each
	 * year, since each value is a number of occurrences), the goal and the baseline, and the time axis.
	 */
	String chart(Target target, IndicatorProgress progress, List<Measurement> newestFirst, int periodFrom,
			int periodTo) {
		List<Measurement> ascending = new ArrayList<>(newestFirst);
		Collections.reverse(ascending);
		boolean occurrences = target != null && target.kind() == Target.Kind.RECURRING;
		boolean perYear = occurrences || target != null && target.per() == Target.Per.YEAR
				&& target.kind() != Target.Kind.INCREASE_PERCENT;
		List<Map<String, Object>> points = new ArrayList<>();
		int year = -1;
		BigDecimal running = BigDecimal.ZERO;
		for (Measurement m : ascending) {
			BigDecimal y = m.value();
			boolean newYear = year != -1 && m.asOf().getYear() != year;
			if (perYear && newYear) {
				// Each year starts again: a gap, so that no line joins one year's total to the next.
				Map<String, Object> gap = new LinkedHashMap<>();
				gap.put("x", LocalDate.of(m.asOf().getYear(), 1, 1).toString());
				gap.put("y", null);
				points.add(gap);
			}
			if (occurrences) {
				running = newYear || year == -1 ? m.value() : running.add(m.value());
				y = running;
			}
			year = m.asOf().getYear();
			points.add(Map.of("x", m.asOf().toString(), "y", TargetJson.plain(y)));
		}
		LocalDate from = LocalDate.of(periodFrom, 1, 1);
		LocalDate to = target == null ? LocalDate.of(periodTo, 12, 31) : ProgressRules.due(target, periodTo);
		BigDecimal baseline = null;
		if (target != null && target.baseline() != null && target.baseline().value() != null) {
			baseline = target.baseline().value();
			if (target.baseline().asOf() != null && target.baseline().asOf().isBefore(from)) {
				from = target.baseline().asOf();
			}
		}
		LocalDate first = ascending.get(0).asOf();
		LocalDate last = ascending.get(ascending.size() - 1).asOf();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("points", points);
		data.put("goal", target == null ? null : TargetJson.plain(progress.goal()));
		data.put("baseline", TargetJson.plain(baseline));
		data.put("from", (first.isBefore(from) ? first : from).toString());
		data.put("to", (last.isAfter(to) ? last : to).toString());
		data.put("milestone", target != null && target.kind() == Target.Kind.MILESTONE);
		data.put("whole", target != null && (target.kind() == Target.Kind.COUNT || occurrences));
		return json.writeValueAsString(data);
	}
}
