package no.planspor.exchange.document;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.shared.JsonChecks;

/**
 * Writes a planspor-archive/1 document: the plan as its planspor-plan/1 document, then its whole history,
 * every member in the order of {@link ArchiveFormat}, laid out as {@link PlanDocumentWriter} lays out a plan.
 */
public final class ArchiveWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ArchiveWriter() {
	}

	/** @param plan the plan's document, as {@link PlanDocumentWriter#tree} builds it */
	public static String write(ObjectNode plan, ArchivedHistory history) {
		ObjectNode archive = NODES.objectNode();
		archive.put("format", ArchiveFormat.NAME);
		archive.set("plan", plan);
		ArrayNode updates = archive.putArray("statusUpdates");
		for (ArchivedHistory.Status status : history.statusUpdates()) {
			ObjectNode node = updates.addObject();
			node.put("id", status.id());
			node.put("item", status.item());
			node.put("state", status.report().state().name());
			node.put("asOf", date(status.report().asOf()));
			node.put("progress", status.report().progress());
			node.put("text", status.report().text());
			node.set("author", author(status.author()));
			node.put("recordedAt", status.recordedAt().toString());
			node.put("corrects", status.corrects());
		}
		ArrayNode values = archive.putArray("measurements");
		for (ArchivedHistory.Value value : history.measurements()) {
			ObjectNode node = values.addObject();
			node.put("item", value.item());
			node.put("indicator", value.indicator());
			node.put("value", JsonChecks.plain(value.value()));
			node.put("asOf", date(value.asOf()));
			node.put("note", value.note());
			node.put("source", value.source());
			node.put("evidence", value.evidence());
			node.set("author", author(value.author()));
			node.put("recordedAt", value.recordedAt().toString());
		}
		return PlanDocumentWriter.write(archive);
	}

	private static JsonNode author(ArchivedHistory.Author author) {
		return NODES.objectNode().put("username", author.username()).put("name", author.name());
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
