package no.planspor.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.exchange.document.PlanDocumentReader;
import no.planspor.exchange.document.PlanDocumentWriter;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.plan.Limits;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanSummary;
import no.planspor.plan.PlanTree;
import no.planspor.plan.PlanWriter;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/**
 * "Ny plan fra denne": a plan copied into a new period as a draft (TIK 2022-2025 → TIK 2026-2029). The
 * copy is the plan's own planspor-plan/1 document, changed where a new period differs and read back
 * through the importer, so it brings exactly what an export carries and is checked the same way:
 * structure, texts, sections and references, indicators with their targets, parties, and links up to
 * the strategy (the same or another, chosen while copying). It leaves behind what belonged to the old
 * period: statuses, the adoption, shortlists (priority windows of that period), and deadlines before
 * the new period starts. Each new item remembers the item it came from, and the plan the plan.
 */
@Service
public class PlanCopies {

	/**
	 * What the person chooses for the new plan.
	 *
	 * @param onlyOpen leave out measures whose latest state is finished (DONE) or stopped (CANCELLED)
	 * @param parentCode the strategy the new plan builds on, or null for none
	 */
	public record CopyRequest(String code, String title, Integer periodFrom, Integer periodTo, boolean onlyOpen,
			String parentCode) {
	}

	/**
	 * The new plan.
	 *
	 * @param measuresLeftOut measures not copied because they were finished or stopped
	 * @param strategyLinksDropped links to strategy items the chosen strategy does not have
	 */
	public record Copied(String code, long planId, int items, int measuresLeftOut, int strategyLinksDropped) {
	}

	/** Plan codes taken by pages ({@code /plans/new}). */
	private static final Set<String> RESERVED = Set.of("new");

	private final PlanReader plans;

	private final PlanWriter writer;

	private final StatusUpdates statuses;

	private final Permissions permissions;

	private final Clock clock;

	PlanCopies(PlanReader plans, PlanWriter writer, StatusUpdates statuses, Permissions permissions, Clock clock) {
		this.plans = plans;
		this.writer = writer;
		this.statuses = statuses;
		this.permissions = permissions;
		this.clock = clock;
	}

	/**
	 * Copies plan {@code sourceCode} as {@code request} says, or refuses with every problem named by
	 * field ({@code code}, {@code title}, {@code period.from}, {@code period.to}, {@code parent}) and
	 * writes nothing. Editors of the plan's unit and administrators may.
	 */
	@Transactional
	public Copied copy(String sourceCode, CopyRequest request) {
		Plan source = plans.get(sourceCode);
		permissions.requireEditPlansOf(source.unit().id());
		List<Problem> problems = check(source, request);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		PlanTree tree = plans.tree(sourceCode);
		Map<Long, StatusReport> latest = statuses.latestByItem(source.id());
		ObjectNode document = PlanDocumentWriter.tree(tree, latest);
		String parent = blankToNull(request.parentCode());
		Set<String> strategyCodes = parent == null ? Set.of() : itemCodes(parent).orElse(Set.of());
		Counts counts = new Counts();

		document.put("code", request.code().strip());
		document.put("title", request.title().strip());
		ObjectNode period = document.putObject("period");
		period.put("from", request.periodFrom());
		period.put("to", request.periodTo());
		if (parent == null) {
			document.putNull("parent");
		}
		else {
			document.put("parent", parent);
		}
		document.put("status", PlanStatus.DRAFT.name());
		document.putNull("adopted");
		document.putArray("shortlists");
		Set<String> kept = new HashSet<>();
		prune((ArrayNode) document.get("items"), request, strategyCodes, counts, kept);
		dropSeeAlso((ArrayNode) document.get("items"), kept);

		var reading = new PlanDocumentReader(this::itemCodes, LocalDate.now(clock)).read(document);
		if (!reading.ok()) {
			throw new InvalidInput(reading.problems());
		}
		var created = writer.create(reading.plan());
		Map<String, Long> sourceIds = tree.allItems().collect(Collectors.toMap(PlanItem::code, PlanItem::id));
		Map<Long, Long> origins = new HashMap<>();
		created.itemIds().forEach((code, id) -> origins.put(id, sourceIds.get(code)));
		writer.recordOrigins(created.planId(), source.id(), origins);
		return new Copied(request.code().strip(), created.planId(), created.itemIds().size(), counts.leftOut,
				counts.linksDropped);
	}

	private List<Problem> check(Plan source, CopyRequest request) {
		List<Problem> problems = new ArrayList<>();
		String code = blankToNull(request.code());
		if (code == null) {
			problems.add(Problem.of("code", "exchange.copy.required"));
		}
		else if (code.length() > Limits.PLAN_CODE || !code.matches(Plan.CODE_PATTERN)) {
			problems.add(Problem.of("code", "exchange.copy.code", code, Limits.PLAN_CODE));
		}
		else if (RESERVED.contains(code) || plans.exists(code)) {
			problems.add(Problem.of("code", "exchange.copy.code.taken", code));
		}
		String title = blankToNull(request.title());
		if (title == null) {
			problems.add(Problem.of("title", "exchange.copy.required"));
		}
		else if (title.length() > Limits.TITLE) {
			problems.add(Problem.of("title", "exchange.copy.too-long", Limits.TITLE));
		}
		boolean from = year(request.periodFrom(), "period.from", problems);
		boolean to = year(request.periodTo(), "period.to", problems);
		if (from && to) {
			if (request.periodFrom() > request.periodTo()) {
				problems.add(Problem.of("period.to", "exchange.copy.period.backwards", request.periodFrom(),
						request.periodTo()));
			}
			else {
				overlapping(source, request.periodFrom(), request.periodTo()).ifPresent(other -> problems.add(Problem
					.of("period.from", "exchange.copy.period.overlaps", other.title(), other.periodFrom(), other.periodTo())));
			}
		}
		String parent = blankToNull(request.parentCode());
		if (parent != null) {
			Optional<Plan> strategy = plans.find(parent);
			if (source.kind() == PlanKind.STRATEGY) {
				problems.add(Problem.of("parent", "exchange.parent.strategy"));
			}
			else if (strategy.isEmpty()) {
				problems.add(Problem.of("parent", "exchange.copy.parent.unknown", parent));
			}
			else if (strategy.get().kind() != PlanKind.STRATEGY) {
				problems.add(Problem.of("parent", "exchange.copy.parent.not-strategy", strategy.get().title()));
			}
		}
		return problems;
	}

	private static boolean year(Integer year, String path, List<Problem> problems) {
		if (year == null) {
			problems.add(Problem.of(path, "exchange.copy.required"));
			return false;
		}
		if (year < Limits.YEAR_MIN || year > Limits.YEAR_MAX) {
			problems.add(Problem.of(path, "exchange.year", year, Limits.YEAR_MIN, Limits.YEAR_MAX));
			return false;
		}
		return true;
	}

	/**
	 * Another plan of the same unit and kind whose period overlaps {@code from}–{@code to}. Archived plans
	 * (ended or given up) do not count: they are the record, not the plan in force.
	 */
	private Optional<PlanSummary> overlapping(Plan source, int from, int to) {
		return plans.catalogue()
			.stream()
			.filter(p -> p.unit().id() == source.unit().id() && p.kind() == source.kind())
			.filter(p -> p.status() != PlanStatus.ARCHIVED)
			.filter(p -> from <= p.periodTo() && to >= p.periodFrom())
			.findFirst();
	}

	/**
	 * Leaves out what does not go with the items into the new period, depth first: finished measures when
	 * only open ones are wanted, statuses, shortlists, deadlines before the period, strategy links the
	 * chosen strategy does not have. Records the codes of the items kept.
	 */
	private static void prune(ArrayNode items, CopyRequest request, Set<String> strategyCodes, Counts counts,
			Set<String> kept) {
		Iterator<JsonNode> each = items.iterator();
		while (each.hasNext()) {
			ObjectNode item = (ObjectNode) each.next();
			if (request.onlyOpen() && "MEASURE".equals(item.path("kind").asString()) && finished(item)) {
				counts.leftOut += 1 + count((ArrayNode) item.get("children"));
				each.remove();
				continue;
			}
			kept.add(item.get("code").asString());
			item.putNull("status");
			item.putArray("shortlists");
			JsonNode deadline = item.get("deadline");
			if (deadline != null && deadline.isString()
					&& LocalDate.parse(deadline.asString()).getYear() < request.periodFrom()) {
				item.putNull("deadline");
			}
			ArrayNode refs = (ArrayNode) item.get("strategyRefs");
			if (refs != null) {
				ArrayNode keptRefs = item.putArray("strategyRefs");
				for (JsonNode ref : refs) {
					if (strategyCodes.contains(ref.asString())) {
						keptRefs.add(ref.asString());
					}
					else {
						counts.linksDropped++;
					}
				}
			}
			prune((ArrayNode) item.get("children"), request, strategyCodes, counts, kept);
		}
	}

	/** "Se pkt T2.1 d)" to an item that was left out would name nothing. */
	private static void dropSeeAlso(ArrayNode items, Set<String> kept) {
		for (JsonNode node : items) {
			ObjectNode item = (ObjectNode) node;
			ArrayNode seeAlso = (ArrayNode) item.get("seeAlso");
			if (seeAlso != null) {
				ArrayNode keptRefs = item.putArray("seeAlso");
				seeAlso.forEach(ref -> {
					if (kept.contains(ref.asString())) {
						keptRefs.add(ref.asString());
					}
				});
			}
			dropSeeAlso((ArrayNode) item.get("children"), kept);
		}
	}

	private static boolean finished(ObjectNode item) {
		JsonNode status = item.get("status");
		if (status == null || !status.isObject()) {
			return false;
		}
		String state = status.path("state").asString();
		return State.DONE.name().equals(state) || State.CANCELLED.name().equals(state);
	}

	private static int count(ArrayNode items) {
		int n = 0;
		for (JsonNode item : items) {
			n += 1 + count((ArrayNode) item.get("children"));
		}
		return n;
	}

	private Optional<Set<String>> itemCodes(String planCode) {
		if (!plans.exists(planCode)) {
			return Optional.empty();
		}
		return Optional.of(plans.tree(planCode).allItems().map(PlanItem::code).collect(Collectors.toSet()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static final class Counts {

		int leftOut;

		int linksDropped;
	}
}
