package no.planspor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.planspor.plan.PlanSummary;
import no.planspor.plan.Unit;

/**
 * The plans of the home page, grouped by unit in the order of the organisation tree (the hospital
 * before its clinics) and within a unit by period, newest first.
 */
record Catalogue(List<UnitGroup> units) {

	/** The plans of one unit; {@code parent} is the unit it belongs to, or null at the top. */
	record UnitGroup(Unit unit, Unit parent, List<PeriodGroup> periods) {
	}

	record PeriodGroup(int from, int to, List<Entry> plans) {

		public String period() {
			return from + "–" + to;
		}
	}

	/** A plan and, for an action plan, the title of the strategy it builds on (null if none or unknown). */
	record Entry(PlanSummary plan, String parentTitle) {
	}

	static Catalogue of(List<PlanSummary> plans, List<Unit> units) {
		Map<String, String> titles = plans.stream().collect(Collectors.toMap(PlanSummary::code, PlanSummary::title));
		Map<Long, Unit> unitById = new LinkedHashMap<>();
		units.forEach(unit -> unitById.put(unit.id(), unit));
		plans.forEach(plan -> unitById.putIfAbsent(plan.unit().id(), plan.unit()));
		Map<Long, List<PlanSummary>> byUnit = plans.stream()
			.collect(Collectors.groupingBy(plan -> plan.unit().id(), LinkedHashMap::new, Collectors.toList()));

		List<UnitGroup> groups = new ArrayList<>();
		for (Unit unit : treeOrder(unitById)) {
			List<PlanSummary> own = byUnit.get(unit.id());
			if (own == null) {
				continue;
			}
			Map<String, List<PlanSummary>> byPeriod = own.stream()
				.sorted(Comparator.comparingInt(PlanSummary::periodFrom)
					.thenComparingInt(PlanSummary::periodTo)
					.reversed()
					.thenComparing(plan -> plan.kind().ordinal())
					.thenComparing(PlanSummary::title))
				.collect(Collectors.groupingBy(plan -> plan.periodFrom() + "-" + plan.periodTo(), LinkedHashMap::new,
						Collectors.toList()));
			List<PeriodGroup> periods = byPeriod.values()
				.stream()
				.map(list -> new PeriodGroup(list.get(0).periodFrom(), list.get(0).periodTo(),
						list.stream().map(plan -> new Entry(plan, plan.parentCode() == null ? null : titles.get(plan.parentCode()))).toList()))
				.toList();
			groups.add(new UnitGroup(unit, unit.parentId() == null ? null : unitById.get(unit.parentId()), periods));
		}
		return new Catalogue(groups);
	}

	/** Depth first from the top of the tree, siblings by name: OUS, then its clinics. */
	private static List<Unit> treeOrder(Map<Long, Unit> units) {
		Comparator<Unit> byName = Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER);
		Map<Long, List<Unit>> children = new LinkedHashMap<>();
		List<Unit> roots = new ArrayList<>();
		for (Unit unit : units.values()) {
			if (unit.parentId() == null || !units.containsKey(unit.parentId())) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
			}
		}
		List<Unit> ordered = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		roots.sort(byName);
		for (Unit root : roots) {
			walk(root, children, byName, ordered, seen);
		}
		// A cycle in the tree has no root; its units still get their plans shown, at the end.
		units.values().stream().filter(unit -> !seen.contains(unit.id())).sorted(byName).forEach(ordered::add);
		return ordered;
	}

	private static void walk(Unit unit, Map<Long, List<Unit>> children, Comparator<Unit> byName, List<Unit> ordered,
			Set<Long> seen) {
		if (!seen.add(unit.id())) {
			return;
		}
		ordered.add(unit);
		List<Unit> below = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
		below.sort(byName);
		for (Unit child : below) {
			walk(child, children, byName, ordered, seen);
		}
	}
}
