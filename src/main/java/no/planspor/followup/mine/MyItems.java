package no.planspor.followup.mine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Membership;
import no.planspor.followup.IndicatorProgress;
import no.planspor.followup.ItemFollowUp;
import no.planspor.followup.ItemStanding;
import no.planspor.followup.ItemStandings;
import no.planspor.followup.indicator.IndicatorReadings;
import no.planspor.followup.indicator.YearReadings;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PlanReader;

/**
 * "Mine tiltak": every item, in every plan, for which one of a person's parties answers, with where
 * it stands. Three statements whatever the number of plans, items or the length of their histories:
 * one finds the items with where they stand and their place in their plan, from the read model
 * ({@link ItemStandings#answeredBy}); one reads their indicators ({@link PlanReader#indicatorsOf}) and
 * one the yearly summaries that progress is computed from.
 *
 * <p>A membership counts for a plan when the plan is of the membership's unit, or is the
 * membership's plan, and has a party with the membership's code ({@link Membership#standsFor}).
 * Archived plans and archived items are left out: they take no updates.
 */
@Service
@Transactional(readOnly = true)
public class MyItems {

	/** One plan's items for the person, needing attention first. */
	public record PlanGroup(String planCode, String planTitle, String unitCode, String unitName, long planId,
			long unitId, List<MyItem> items) {

		public long attention() {
			return items.stream().filter(MyItem::needsAttention).count();
		}
	}

	/**
	 * One item.
	 *
	 * @param parentCode the code of the item it sits under, or null for a goal
	 * @param responsible the parties that answer for the item: its own, or inherited
	 * @param inheritedFrom the code of the item above whose parties answer for this one, or null when its own do
	 * @param inheritedFromKind the kind of that item, or null
	 * @param mine the parties that the person stands for among them
	 * @param mayUpdate whether the person may record its status
	 */
	public record MyItem(long id, ItemKind kind, String code, String title, String text, LocalDate deadline,
			String parentCode, ItemKind parentKind, List<Party> responsible, String inheritedFrom,
			ItemKind inheritedFromKind, List<String> mine, List<String> shortlists, ItemFollowUp follow,
			List<Indicator> indicators, Map<Long, IndicatorProgress> progress, boolean mayUpdate) {

		public String label() {
			return title != null ? title : text;
		}

		public boolean needsAttention() {
			return follow.needsAttention();
		}

		public boolean shortlisted() {
			return !shortlists.isEmpty();
		}

		public IndicatorProgress progressOf(Indicator indicator) {
			return progress.getOrDefault(indicator.id(), IndicatorProgress.noTarget(indicator.id()));
		}
	}

	private final ItemStandings standings;

	private final PlanReader plans;

	private final IndicatorReadings readings;

	private final Clock clock;

	MyItems(ItemStandings standings, PlanReader plans, IndicatorReadings readings, Clock clock) {
		this.standings = standings;
		this.plans = plans;
		this.readings = readings;
		this.clock = clock;
	}

	/**
	 * The items that these memberships answer for, grouped by plan (by unit, newest period first),
	 * within a plan those needing attention first, then in plan order.
	 *
	 * @param mayUpdate whether the person may record status on an item, given its plan, unit and parties
	 */
	public List<PlanGroup> of(List<Membership> memberships, UpdateRule mayUpdate) {
		LocalDate today = LocalDate.now(clock);
		List<ItemStanding> found = standings.answeredBy(memberships);
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> itemIds = found.stream().map(ItemStanding::itemId).toList();
		Map<Long, List<Indicator>> indicators = plans.indicatorsOf(itemIds);
		Map<Long, List<YearReadings>> yearly = readings.ofItems(itemIds);

		Map<Long, PlanGroup> groups = new LinkedHashMap<>();
		for (ItemStanding row : found) {
			ItemStanding.InPlan plan = row.plan();
			List<Indicator> own = indicators.getOrDefault(row.itemId(), List.of());
			Map<Long, IndicatorProgress> progress = new HashMap<>();
			for (Indicator indicator : own) {
				progress.put(indicator.id(),
						IndicatorReadings.progress(indicator, yearly, plan.periodFrom(), plan.periodTo(), today));
			}
			List<String> codes = row.answering().codes();
			List<String> mine = codes.stream()
				.filter(code -> memberships.stream().anyMatch(m -> m.standsFor(code, plan.id(), plan.unitId())))
				.distinct()
				.sorted()
				.toList();
			boolean inherited = row.answeredFromAbove();
			MyItem item = new MyItem(row.itemId(), row.kind(), row.code(), row.title(), row.text(), row.deadline(),
					row.parentCode(), row.parentKind(), row.answering().parties(),
					inherited ? row.answering().itemCode() : null, inherited ? row.answering().itemKind() : null, mine,
					row.shortlists(), row.follow(), own, progress, mayUpdate.test(plan.id(), plan.unitId(), codes));
			groups.computeIfAbsent(plan.id(), id -> new PlanGroup(plan.code(), plan.title(), plan.unitCode(),
					plan.unitName(), plan.id(), plan.unitId(), new ArrayList<>()))
				.items()
				.add(item);
		}
		return groups.values()
			.stream()
			.map(group -> new PlanGroup(group.planCode(), group.planTitle(), group.unitCode(), group.unitName(),
					group.planId(), group.unitId(), attentionFirst(group.items())))
			.toList();
	}

	/** Who may record status on an item: {@code Permissions::mayContribute}, with the plan's status checked by the caller. */
	@FunctionalInterface
	public interface UpdateRule {

		boolean test(long planId, long unitId, List<String> partyCodes);
	}

	/** Stale or overdue items first; otherwise plan order stays (the sort is stable). */
	private static List<MyItem> attentionFirst(List<MyItem> items) {
		List<MyItem> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(item -> !item.needsAttention()));
		return List.copyOf(sorted);
	}
}
