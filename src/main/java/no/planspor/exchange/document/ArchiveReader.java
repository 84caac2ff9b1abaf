package no.planspor.exchange.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import no.planspor.followup.RecordedValue;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.plan.Limits;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.VALUE;

/**
 * Reads a planspor-archive/1 document: its plan with {@link PlanDocumentReader} (problems placed under
 * {@code $.plan}), and its history, checked entry by entry against that plan (every item code and
 * indicator number must be the plan's, every correction must follow the update it corrects, of the same
 * item, and correct it alone). Everything is checked before anything is written; every problem is listed.
 * The history is taken as it was recorded: the rules for new updates (dates within the plan's period, not
 * in the future) held when each entry was made, and are not asked again.
 */
public final class ArchiveReader {

	/** What the reader made of an archive: the plan, its history, or the problems. */
	public record Reading(PlanDocumentReader.Reading plan, ArchivedHistory history, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/** A numeric(18, 2) column: 16 digits before the decimal point, 2 after. */
	private static final int INTEGER_DIGITS = 16;

	private static final int DECIMALS = 2;

	private final Function<String, Optional<Set<String>>> parentItemCodes;

	private final LocalDate today;

	private final JsonChecks checks = new JsonChecks(PlanFormat.KEYS);

	/** The number of indicators of each item of the plan, by code; null when the archive has no plan. */
	private Map<String, Integer> indicators;

	public ArchiveReader(Function<String, Optional<Set<String>>> parentItemCodes, LocalDate today) {
		this.parentItemCodes = parentItemCodes;
		this.today = today;
	}

	public Reading read(JsonNode root) {
		checks.object(root, "$", ArchiveFormat.ARCHIVE);
		String format = checks.text(root, "format", "$", VALUE, 40);
		if (format != null && !ArchiveFormat.NAME.equals(format)) {
			checks.problem("$.format", "exchange.format", format, ArchiveFormat.NAME);
		}
		List<Problem> problems = new ArrayList<>();
		PlanDocumentReader.Reading plan = null;
		JsonNode planNode = root.get("plan");
		if (planNode == null || planNode.isNull()) {
			checks.problem("$.plan", "exchange.required");
		}
		else {
			plan = new PlanDocumentReader(parentItemCodes, today).read(planNode);
			plan.problems()
				.forEach(p -> problems.add(new Problem("$.plan" + p.path().substring(1), p.code(), p.args())));
			// The history is checked against the plan's items even when something else in the plan is wrong, so
			// that every problem is listed at once.
			indicators = new HashMap<>();
			countIndicators(planNode.get("items"));
		}
		List<ArchivedHistory.Status> statuses = readStatuses(root);
		List<ArchivedHistory.Value> values = readValues(root);
		problems.addAll(0, checks.problems());
		if (!problems.isEmpty()) {
			return new Reading(null, null, List.copyOf(problems));
		}
		return new Reading(plan, new ArchivedHistory(statuses, values), List.of());
	}

	/** The plan's items as far as they can be read (the plan's reader tells what is wrong with the rest). */
	private void countIndicators(JsonNode items) {
		if (items == null || !items.isArray()) {
			return;
		}
		for (JsonNode item : items) {
			if (item.isObject() && item.path("code").isString()) {
				JsonNode list = item.get("indicators");
				indicators.put(item.get("code").asString(), list != null && list.isArray() ? list.size() : 0);
				countIndicators(item.get("children"));
			}
		}
	}

	private List<ArchivedHistory.Status> readStatuses(JsonNode root) {
		List<ArchivedHistory.Status> statuses = new ArrayList<>();
		// The item of each update read so far, by its id; and the updates corrected so far, with who corrected them.
		Map<Long, String> itemOf = new HashMap<>();
		Map<Long, String> correctedBy = new HashMap<>();
		List<JsonNode> nodes = checks.array(root, "statusUpdates", "$", VALUE);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "$.statusUpdates[" + i + "]";
			JsonNode node = checks.object(nodes.get(i), path, ArchiveFormat.STATUS_UPDATE);
			if (node == null) {
				continue;
			}
			Long id = checks.longInteger(node, "id", path, VALUE);
			String item = item(node, path);
			State state = checks.choice(node, "state", path, State.class, VALUE);
			LocalDate asOf = checks.date(node, "asOf", path, VALUE);
			Integer progress = checks.integer(node, "progress", path, OPTIONAL);
			if (progress != null && (progress < 0 || progress > 100)) {
				checks.problem(path + ".progress", "exchange.archive.progress", progress);
			}
			String text = checks.text(node, "text", path, OPTIONAL, ArchiveFormat.STATUS_TEXT);
			ArchivedHistory.Author author = author(node, path);
			Instant recordedAt = instant(node, path);
			Long corrects = checks.longInteger(node, "corrects", path, OPTIONAL);
			if (id != null) {
				if (itemOf.containsKey(id)) {
					checks.problem(path + ".id", "exchange.archive.id.duplicate", id);
				}
				else {
					itemOf.put(id, item);
				}
			}
			if (corrects != null) {
				String correctedItem = itemOf.get(corrects);
				if (correctedItem == null || corrects.equals(id)) {
					checks.problem(path + ".corrects", "exchange.archive.corrects.unknown", corrects);
				}
				else if (item != null && !correctedItem.equals(item)) {
					checks.problem(path + ".corrects", "exchange.archive.corrects.other-item", corrects, correctedItem);
				}
				else if (correctedBy.putIfAbsent(corrects, path) != null) {
					checks.problem(path + ".corrects", "exchange.archive.corrects.twice", corrects);
				}
			}
			if (id != null && item != null && state != null && asOf != null && author != null && recordedAt != null) {
				statuses.add(new ArchivedHistory.Status(id, item, new StatusReport(state, asOf, progress, text), author,
						recordedAt, corrects));
			}
		}
		return statuses;
	}

	private List<ArchivedHistory.Value> readValues(JsonNode root) {
		List<ArchivedHistory.Value> values = new ArrayList<>();
		List<JsonNode> nodes = checks.array(root, "measurements", "$", VALUE);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "$.measurements[" + i + "]";
			JsonNode node = checks.object(nodes.get(i), path, ArchiveFormat.MEASUREMENT);
			if (node == null) {
				continue;
			}
			String item = item(node, path);
			Integer indicator = checks.integer(node, "indicator", path, VALUE);
			if (item != null && indicator != null && indicators != null && indicators.containsKey(item)
					&& (indicator < 1 || indicator > indicators.get(item))) {
				checks.problem(path + ".indicator", "exchange.archive.indicator", item, indicator, indicators.get(item));
			}
			BigDecimal value = value(node, path);
			LocalDate asOf = checks.date(node, "asOf", path, VALUE);
			String note = checks.text(node, "note", path, OPTIONAL, ArchiveFormat.NOTE);
			String source = checks.text(node, "source", path, VALUE);
			if (source != null && !RecordedValue.SOURCES.contains(source)) {
				checks.problem(path + ".source", "exchange.choice", source, String.join(", ", RecordedValue.SOURCES));
			}
			String evidence = checks.text(node, "evidence", path, OPTIONAL, ArchiveFormat.EVIDENCE);
			ArchivedHistory.Author author = author(node, path);
			Instant recordedAt = instant(node, path);
			if (item != null && indicator != null && value != null && asOf != null && source != null && author != null
					&& recordedAt != null) {
				values.add(new ArchivedHistory.Value(item, indicator, value, asOf, note, source, evidence, author,
						recordedAt));
			}
		}
		return values;
	}

	/** The entry's item code, which must be one of the plan's (when the plan could be read). */
	private String item(JsonNode node, String path) {
		String item = checks.text(node, "item", path, VALUE, Limits.ITEM_CODE);
		if (item != null && indicators != null && !indicators.containsKey(item)) {
			checks.problem(path + ".item", "exchange.archive.item.unknown", item);
		}
		return item;
	}

	private ArchivedHistory.Author author(JsonNode node, String path) {
		JsonNode author = checks.object(node, "author", path, VALUE, ArchiveFormat.AUTHOR);
		if (author == null) {
			return null;
		}
		String at = path + ".author";
		return new ArchivedHistory.Author(checks.text(author, "username", at, OPTIONAL, ArchiveFormat.USERNAME),
				checks.text(author, "name", at, OPTIONAL, ArchiveFormat.AUTHOR_NAME));
	}

	/** A moment with its offset from UTC, as ISO 8601 writes it ("2026-05-11T09:30:00.123456Z"). */
	private Instant instant(JsonNode node, String path) {
		String value = checks.text(node, "recordedAt", path, VALUE);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			checks.problem(path + ".recordedAt", "exchange.archive.instant", value);
			return null;
		}
	}

	/** A number the value column holds: at most 16 digits before the decimal point and 2 after. */
	private BigDecimal value(JsonNode node, String path) {
		if (node.get("value") == null || node.get("value").isNull()) {
			checks.problem(path + ".value", "exchange.required");
			return null;
		}
		BigDecimal value = checks.decimal(node, "value", path);
		if (value != null && (value.scale() > DECIMALS || value.precision() - value.scale() > INTEGER_DIGITS)) {
			checks.problem(path + ".value", "exchange.archive.value", value.toPlainString());
			return null;
		}
		return value;
	}
}
