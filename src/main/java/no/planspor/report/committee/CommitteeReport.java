package no.planspor.report.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.planspor.followup.FollowUpAsOf.PlanAsOf;
import no.planspor.followup.IndicatorProgress;
import no.planspor.followup.PlanFollowUp;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;

/**
 * The report the research leader takes to the committee: per goal, each measure with its state,
 * progress and narrative as of the report's date, its indicators' progress, and what changed since
 * the earlier date. Built from a loaded plan and where it stood (no statements of its own), so that the
 * page, the PDF and the workbook tell the same.
 */
record CommitteeReport(PlanLine plan, ReportScope scope, List<GoalSection> goals) {

	/** The plan as the report's heading names it. */
	record PlanLine(String code, String title, String unitName, int periodFrom, int periodTo) {
	}

	/** A goal and its measures, those under each sub-goal together. */
	record GoalSection(String code, String label, List<Group> groups) {

		public int measureCount() {
			return groups.stream().mapToInt(group -> group.measures().size()).sum();
		}
	}

	/** The measures under one sub-goal ({@code code} and {@code label} null for those right under the goal). */
	record Group(String code, String label, List<MeasureLine> measures) {
	}

	/**
	 * One measure as the committee reads it.
	 *
	 * @param now the latest status as of the report's date, or null
	 * @param before the latest status as of the earlier date, or null
	 */
	record MeasureLine(long id, String code, String label, List<String> responsible, LocalDate deadline,
			StatusReport now, StatusReport before, Change change, List<IndicatorLine> indicators) {

		public boolean stateChanged() {
			return before != null && now != null && before.state() != now.state();
		}
	}

	record IndicatorLine(int number, String text, IndicatorProgress progress) {
	}

	static CommitteeReport of(PlanTree tree, PlanAsOf standing, PlanFollowUp follow, ReportScope scope) {
		var plan = tree.plan();
		List<GoalSection> goals = new ArrayList<>();
		for (PlanItem root : tree.items()) {
			List<Group> groups = new ArrayList<>();
			List<MeasureLine> direct = new ArrayList<>();
			if (root.kind() == ItemKind.MEASURE && scope.shows(root.id())) {
				direct.add(line(root, standing, follow, scope));
			}
			for (PlanItem child : root.children()) {
				if (child.kind() == ItemKind.MEASURE) {
					if (scope.shows(child.id())) {
						direct.add(line(child, standing, follow, scope));
					}
					continue;
				}
				if (!direct.isEmpty()) {
					groups.add(new Group(null, null, List.copyOf(direct)));
					direct.clear();
				}
				List<MeasureLine> below = child.measures()
					.stream()
					.filter(m -> scope.shows(m.id()))
					.map(m -> line(m, standing, follow, scope))
					.toList();
				if (!below.isEmpty() || scope.asked() == null) {
					groups.add(new Group(child.code(), child.label(), below));
				}
			}
			if (!direct.isEmpty()) {
				groups.add(new Group(null, null, List.copyOf(direct)));
			}
			// A round's report leaves out the goals it did not ask about.
			if (!groups.isEmpty() || scope.asked() == null) {
				goals.add(new GoalSection(root.code(), root.label(), List.copyOf(groups)));
			}
		}
		return new CommitteeReport(new PlanLine(plan.code(), plan.title(), plan.unit().name(), plan.periodFrom(),
				plan.periodTo()), scope, List.copyOf(goals));
	}

	private static MeasureLine line(PlanItem measure, PlanAsOf standing, PlanFollowUp follow, ReportScope scope) {
		StatusReport now = standing.now().get(measure.id());
		StatusReport before = standing.before().get(measure.id());
		List<IndicatorLine> indicators = new ArrayList<>();
		for (Indicator indicator : measure.indicators()) {
			indicators.add(new IndicatorLine(indicator.number(), indicator.text(), standing.indicators()
				.getOrDefault(indicator.id(), IndicatorProgress.noTarget(indicator.id()))));
		}
		return new MeasureLine(measure.id(), measure.code(), measure.label(),
				follow.answering(measure.id()).stream().map(Party::code).toList(), measure.deadline(), now, before,
				change(measure.id(), now, before, scope), List.copyOf(indicators));
	}

	/** The first change that applies, in {@link Change}'s order. */
	static Change change(long itemId, StatusReport now, StatusReport before, ReportScope scope) {
		State was = before == null ? null : before.state();
		State is = now == null ? null : now.state();
		boolean answered = scope.isRound() ? scope.answered().contains(itemId)
				: now != null && now.asOf().isAfter(scope.since());
		if (is == State.DONE && was != State.DONE) {
			return Change.FINISHED;
		}
		if (is == State.AT_RISK && was != State.AT_RISK) {
			return Change.NEWLY_AT_RISK;
		}
		if (is == State.DELAYED && was != State.DELAYED) {
			return Change.NEWLY_DELAYED;
		}
		if (is != null && is != was) {
			return Change.STATE_CHANGED;
		}
		// A measure that was finished (or cancelled) before owes no answer.
		if (!answered && was != State.DONE && was != State.CANCELLED) {
			return Change.NO_ANSWER;
		}
		return Change.UNCHANGED;
	}

	public List<MeasureLine> measures() {
		return goals.stream()
			.flatMap(goal -> goal.groups().stream())
			.flatMap(group -> group.measures().stream())
			.toList();
	}

	/** How many measures are in each state now; {@code null} counts those without a status. */
	public Map<State, Integer> byState() {
		Map<State, Integer> counts = new EnumMap<>(State.class);
		for (MeasureLine line : measures()) {
			if (line.now() != null) {
				counts.merge(line.now().state(), 1, Integer::sum);
			}
		}
		return counts;
	}

	public int withoutStatus() {
		return (int) measures().stream().filter(line -> line.now() == null).count();
	}

	/** The measures with this change, in plan order. */
	public List<MeasureLine> with(Change change) {
		return measures().stream().filter(line -> line.change() == change).toList();
	}

	/** The changes worth telling, in {@link Change}'s order, each with its measures; none left empty. */
	public Map<Change, List<MeasureLine>> news() {
		Map<Change, List<MeasureLine>> news = new EnumMap<>(Change.class);
		for (Change change : Change.values()) {
			List<MeasureLine> lines = with(change);
			if (change.isNews() && !lines.isEmpty()) {
				news.put(change, lines);
			}
		}
		return news;
	}
}
