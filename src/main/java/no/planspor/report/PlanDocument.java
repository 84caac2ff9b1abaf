package no.planspor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader.LinkCount;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;

/**
 * A plan laid out as the document it was written as: its running text, then each goal with what the
 * goal quotes from the strategy and its sub-goals or measures. Everything the page shows is decided
 * here, from one loaded plan tree, so the template only places it. (Methods are public because the
 * templates call them through SpEL, which finds only public methods.)
 *
 * @param linkCounts for a strategy: how many items of which plans link to each of its items
 */
record PlanDocument(PlanTree tree, Map<Long, String> anchors, List<RenderedSection> sections, List<GoalView> goals,
		List<ShortlistUse> shortlists, Map<Long, List<LinkCount>> linkCounts) {

	/** A section with its Markdown already rendered (and made safe); {@code heading} may be null. */
	record RenderedSection(String id, String heading, String html) {
	}

	/** A shortlist and how many items of the plan are on it. */
	record ShortlistUse(Shortlist shortlist, long items) {
	}

	/**
	 * One goal. {@code strategyGoals} are the strategy's main goals it answers to (shown as a link),
	 * {@code strategyQuotes} the strategy items it quotes (shown as quotes); {@code subgoals} and
	 * {@code measures} are its direct children of each kind. The Frist and Kommentar columns of the
	 * measure table are there only when some measure in it has a deadline or a comment.
	 */
	record GoalView(PlanItem goal, List<ItemRef> strategyGoals, List<ItemRef> strategyQuotes, List<PlanItem> subgoals,
			List<PlanItem> measures, boolean deadlineColumn, boolean commentColumn, boolean anyShortlisted) {

		static GoalView of(PlanItem goal) {
			List<PlanItem> subgoals = goal.children().stream().filter(item -> item.kind() == ItemKind.SUBGOAL).toList();
			List<PlanItem> measures = goal.children().stream().filter(item -> item.kind() == ItemKind.MEASURE).toList();
			return new GoalView(goal,
					goal.strategyRefs().stream().filter(ref -> ref.kind() == ItemKind.GOAL).toList(),
					goal.strategyRefs().stream().filter(ref -> ref.kind() != ItemKind.GOAL).toList(), subgoals, measures,
					measures.stream().anyMatch(item -> item.deadline() != null),
					measures.stream().anyMatch(item -> item.comment() != null),
					goal.flatten().skip(1).anyMatch(item -> !item.shortlists().isEmpty()));
		}
	}

	static PlanDocument of(PlanTree tree, Map<Long, List<LinkCount>> linkCounts, Markdown markdown) {
		List<RenderedSection> sections = new ArrayList<>();
		for (int i = 0; i < tree.sections().size(); i++) {
			var section = tree.sections().get(i);
			sections.add(new RenderedSection("section-" + (i + 1), section.heading(), markdown.toHtml(section.body())));
		}
		List<ShortlistUse> shortlists = tree.shortlists()
			.stream()
			.map(list -> new ShortlistUse(list, tree.allItems().filter(item -> item.isOn(list.code())).count()))
			.toList();
		return new PlanDocument(tree, Anchors.forPlan(tree), sections, tree.items().stream().map(GoalView::of).toList(),
				shortlists, linkCounts);
	}

	public Plan plan() {
		return tree.plan();
	}

	public boolean isStrategy() {
		return tree.plan().kind() == PlanKind.STRATEGY;
	}

	public String anchor(PlanItem item) {
		return anchors.get(item.id());
	}

	public List<LinkCount> linksTo(PlanItem item) {
		return linkCounts.getOrDefault(item.id(), List.of());
	}
}
