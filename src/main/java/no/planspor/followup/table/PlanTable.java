package no.planspor.followup.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import no.planspor.followup.IndicatorProgress;
import no.planspor.followup.ItemFollowUp;
import no.planspor.followup.PlanFollowUp;
import no.planspor.followup.State;
import no.planspor.followup.status.FollowUpAccess;
import no.planspor.followup.status.Severity;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;

/**
 * The plan as a table: one row per measure, filtered and sorted, built from the loaded plan and its
 * follow-up without touching the database again. (Public methods: the template calls them.)
 *
 * <p>Where a plan gives indicators and responsible parties to sub-goals rather than to measures
 * (TIK: the Word table's Indikator and Ansvar cells span all of a sub-goal's measures), a measure
 * that has none of its own shows its sub-goal's indicators, marked as coming from the sub-goal. Its
 * Ansvar column shows the parties that answer for it, as the read model says
 * ({@link PlanFollowUp#answering}: its own, or those of the nearest item above that names any),
 * marked with the item they come from. That is what the plan says about the measure, the party
 * filter finds TIK's measures by who answers for them, and the inline form shows for the same
 * parties ({@link FollowUpAccess}).
 *
 * @param rows the rows that pass the filter, in the asked order
 * @param measures how many measures the plan has (rows before filtering)
 * @param anySubgoals whether the plan groups measures under sub-goals (then the goal column shows them)
 * @param anyDeadlines whether some measure has a deadline: the Frist column shows only then (as in the
 *     plan's own tables)
 */
record PlanTable(PlanTree tree, PlanFollowUp follow, TableFilter filter, List<Row> rows, int measures,
		boolean anySubgoals, boolean anyDeadlines) {

	/**
	 * One measure as the table shows it.
	 *
	 * @param subgoal the sub-goal it sits under, or null
	 * @param indicatorsFrom the item whose indicators the row shows: the measure, or its sub-goal when the measure has none
	 * @param responsibleFrom the item whose parties answer for the measure: the measure itself, or the
	 *     nearest item above it that names any (the measure when nobody does)
	 * @param mayUpdate whether the reader may record a status on the measure (shows the inline form)
	 */
	record Row(PlanItem item, PlanItem goal, PlanItem subgoal, PlanItem indicatorsFrom, PlanItem responsibleFrom,
			ItemFollowUp follow, boolean mayUpdate, int position) {

		public List<Indicator> indicators() {
			return indicatorsFrom.indicators();
		}

		public List<Party> responsible() {
			return responsibleFrom.responsible();
		}

		public boolean indicatorsBorrowed() {
			return indicatorsFrom != item;
		}

		public boolean responsibleBorrowed() {
			return responsibleFrom != item;
		}

		public boolean shortlisted() {
			return !item.shortlists().isEmpty();
		}

		boolean matches(TableFilter filter, List<String> words) {
			if (filter.goal() != null && !goal.code().equals(filter.goal())) {
				return false;
			}
			if (filter.party() != null && responsible().stream().noneMatch(p -> p.code().equals(filter.party()))) {
				return false;
			}
			if (filter.state() != null && !stateName().equals(filter.state())) {
				return false;
			}
			if (filter.shortlist() != null && !item.isOn(filter.shortlist())) {
				return false;
			}
			if (filter.flag() != null && !flagged(filter.flag())) {
				return false;
			}
			if (!words.isEmpty()) {
				String haystack = TableFilter.fold(String.join("\n", item.code(), nullToEmpty(item.title()),
						nullToEmpty(item.text()), indicators().stream().map(Indicator::text).collect(Collectors.joining("\n"))));
				return words.stream().allMatch(haystack::contains);
			}
			return true;
		}

		private boolean flagged(String flag) {
			return switch (flag) {
				case TableFilter.STALE -> follow.stale();
				case TableFilter.OVERDUE -> follow.overdue();
				case TableFilter.NEVER_UPDATED -> follow.needsFirstUpdate();
				default -> follow.needsAttention();
			};
		}

		String stateName() {
			return follow.latest() == null ? TableFilter.NO_STATUS : follow.latest().state().name();
		}

		LocalDate deadline() {
			return item.deadline();
		}
	}

	/** Sorting with ties in plan order; rows without a value (no deadline, no status) come last either way. */
	private static Comparator<Row> order(String column, boolean descending) {
		Comparator<Row> byPlan = Comparator.comparingInt(Row::position);
		Comparator<Row> primary = switch (column) {
			case "code" -> Comparator.comparing((Row row) -> row.item().code(), CodeOrder.INSTANCE);
			case "text" -> Comparator.comparing((Row row) -> TableFilter.fold(row.item().label()));
			case "deadline" -> nullsLast(Row::deadline, Comparator.naturalOrder(), descending);
			case "state" -> nullsLast(row -> row.follow().latest() == null ? null : row.follow().latest().state(),
					Severity.WORST_FIRST_ORDER, descending);
			default -> byPlan;
		};
		if (!column.equals("deadline") && !column.equals("state") && descending) {
			primary = primary.reversed();
		}
		return primary.thenComparing(byPlan);
	}

	/** Orders by {@code key}, reversed when descending, but always with the rows that have none last. */
	private static <T> Comparator<Row> nullsLast(java.util.function.Function<Row, T> key, Comparator<T> order,
			boolean descending) {
		Comparator<T> directed = descending ? order.reversed() : order;
		return Comparator.comparing(key, Comparator.nullsLast(directed));
	}

	static PlanTable of(PlanTree tree, PlanFollowUp follow, TableFilter asked, Predicate<PlanItem> mayUpdate) {
		List<Row> all = rows(tree, follow, mayUpdate);
		TableFilter filter = asked.within(codes(tree.items().stream().map(PlanItem::code).toList()),
				codes(tree.parties().stream().map(Party::code).toList()),
				codes(tree.shortlists().stream().map(Shortlist::code).toList()));
		List<String> words = filter.words();
		List<Row> rows = all.stream()
			.filter(row -> row.matches(filter, words))
			.sorted(order(filter.sortColumn(), filter.descending()))
			.toList();
		boolean anySubgoals = tree.allItems().anyMatch(item -> item.kind() == ItemKind.SUBGOAL);
		boolean anyDeadlines = all.stream().anyMatch(row -> row.item().deadline() != null);
		return new PlanTable(tree, follow, filter, rows, all.size(), anySubgoals, anyDeadlines);
	}

	/** Every measure of the plan, in plan order, as a row. */
	private static List<Row> rows(PlanTree tree, PlanFollowUp follow, Predicate<PlanItem> mayUpdate) {
		Map<Long, PlanItem> byId = tree.itemsById();
		List<Row> rows = new ArrayList<>();
		for (PlanItem goal : tree.items()) {
			collect(goal, goal, null, follow, byId, mayUpdate, rows);
		}
		return rows;
	}

	private static void collect(PlanItem item, PlanItem goal, PlanItem subgoal, PlanFollowUp follow,
			Map<Long, PlanItem> byId, Predicate<PlanItem> mayUpdate, List<Row> rows) {
		if (item.kind() == ItemKind.MEASURE) {
			ItemFollowUp standing = follow.item(item.id());
			PlanItem indicatorsFrom = item.indicators().isEmpty() && subgoal != null ? subgoal : item;
			PlanItem answering = standing.answeringItemId() == null ? null : byId.get(standing.answeringItemId());
			rows.add(new Row(item, goal, subgoal, indicatorsFrom, answering == null ? item : answering, standing,
					mayUpdate.test(item), rows.size()));
		}
		PlanItem under = item.kind() == ItemKind.SUBGOAL ? item : subgoal;
		for (PlanItem child : item.children()) {
			collect(child, goal, under, follow, byId, mayUpdate, rows);
		}
	}

	/** The row of one measure, whatever the filter (after an inline update). */
	static Row row(PlanTree tree, PlanFollowUp follow, PlanItem measure, Predicate<PlanItem> mayUpdate) {
		return rows(tree, follow, mayUpdate).stream()
			.filter(row -> row.item().id() == measure.id())
			.findFirst()
			.orElse(null);
	}

	public Plan plan() {
		return tree.plan();
	}

	public IndicatorProgress progress(Indicator indicator) {
		return follow.indicator(indicator.id());
	}

	public List<PlanItem> goals() {
		return tree.items();
	}

	/** The address of this table (for links back after an action). */
	public String link() {
		return filter.link(base());
	}

	/** The address of this table as a PDF, with the same filter and order. */
	public String pdfLink() {
		return filter.link(base() + ".pdf");
	}

	public String sortLink(String column) {
		return filter.sortLink(base(), column);
	}

	public String ariaSort(String column) {
		return filter.ariaSort(column);
	}

	public boolean sortedBy(String column) {
		return filter.ariaSort(column) != null;
	}

	public String nextDir(String column) {
		return filter.nextDir(column);
	}

	public String base() {
		return "/plans/" + org.springframework.web.util.UriUtils.encodePathSegment(tree.plan().code(),
				java.nio.charset.StandardCharsets.UTF_8) + "/table";
	}

	public List<String> states() {
		List<String> states = new ArrayList<>();
		for (State state : State.values()) {
			states.add(state.name());
		}
		states.add(TableFilter.NO_STATUS);
		return states;
	}

	public List<String> sorts() {
		return TableFilter.SORTS;
	}

	public boolean anyShortlisted() {
		return rows.stream().anyMatch(Row::shortlisted);
	}

	public List<String> flags() {
		return TableFilter.FLAGS;
	}

	private static Set<String> codes(List<String> codes) {
		return new LinkedHashSet<>(codes);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
