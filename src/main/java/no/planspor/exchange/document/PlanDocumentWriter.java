package no.planspor.exchange.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.followup.StatusReport;
import no.planspor.plan.Adoption;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.plan.Target;

/**
 * Writes a plan as a canonical planspor-plan/1 document: every member, in the order of
 * {@link PlanFormat}, null and empty ones too, laid out the same way every time, so that two
 * exports of the same plan are byte for byte the same and diff cleanly.
 */
public final class PlanDocumentWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final ObjectWriter CANONICAL = canonicalWriter();

	private PlanDocumentWriter() {
	}

	public static String write(PlanTree tree, Map<Long, StatusReport> statuses) {
		return write(document(tree, statuses));
	}

	/** A document built by {@link #tree}, or put back together from its parts, written canonically. */
	public static String write(JsonNode document) {
		return CANONICAL.writeValueAsString(document) + "\n";
	}

	/** The document as a tree, to be taken apart (a plan version keeps its parts). */
	public static ObjectNode tree(PlanTree tree, Map<Long, StatusReport> statuses) {
		return document(tree, statuses);
	}

	static ObjectNode document(PlanTree tree, Map<Long, StatusReport> statuses) {
		var plan = tree.plan();
		ObjectNode doc = NODES.objectNode();
		doc.put("format", PlanFormat.NAME);
		doc.put("code", plan.code());
		doc.put("kind", plan.kind().name());
		doc.put("title", plan.title());
		ObjectNode unit = doc.putObject("unit");
		unit.put("code", plan.unit().code());
		unit.put("name", plan.unit().name());
		ObjectNode period = doc.putObject("period");
		period.put("from", plan.periodFrom());
		period.put("to", plan.periodTo());
		doc.put("parent", plan.parentCode());
		doc.put("status", plan.status().name());
		doc.set("adopted", adoption(plan.adoption()));
		ArrayNode sections = doc.putArray("sections");
		tree.sections().forEach(s -> sections.addObject().put("heading", s.heading()).put("body", s.body()));
		ArrayNode references = doc.putArray("references");
		tree.references().forEach(r -> references.addObject().put("title", r.title()).put("url", r.url()));
		ArrayNode parties = doc.putArray("parties");
		tree.parties()
			.forEach(p -> parties.addObject().put("code", p.code()).put("name", p.name()).put("kind", p.kind().name()));
		ArrayNode shortlists = doc.putArray("shortlists");
		tree.shortlists().forEach(s -> shortlists.addObject().put("code", s.code()).put("title", s.title()));
		doc.set("items", items(tree.items(), statuses));
		return doc;
	}

	private static JsonNode adoption(Adoption adoption) {
		if (adoption == null) {
			return NODES.nullNode();
		}
		return NODES.objectNode().put("on", date(adoption.on())).put("by", adoption.by()).put("note", adoption.note());
	}

	private static ArrayNode items(List<PlanItem> items, Map<Long, StatusReport> statuses) {
		ArrayNode array = NODES.arrayNode();
		for (PlanItem item : items) {
			ObjectNode node = array.addObject();
			node.put("kind", item.kind().name());
			node.put("code", item.code());
			node.put("title", item.title());
			node.put("text", item.text());
			codes(node.putArray("strategyRefs"), item.strategyRefs().stream().map(ItemRef::code).toList());
			ArrayNode indicators = node.putArray("indicators");
			for (Indicator indicator : item.indicators()) {
				indicators.addObject().put("text", indicator.text()).set("target", target(indicator.target()));
			}
			codes(node.putArray("responsible"), item.responsible().stream().map(Party::code).toList());
			node.put("deadline", date(item.deadline()));
			node.put("comment", item.comment());
			codes(node.putArray("shortlists"), item.shortlists().stream().map(Shortlist::code).toList());
			codes(node.putArray("seeAlso"), item.seeAlso().stream().map(ItemRef::code).toList());
			node.set("status", status(statuses.get(item.id())));
			node.set("children", items(item.children(), statuses));
		}
		return array;
	}

	static JsonNode target(Target target) {
		if (target == null) {
			return NODES.nullNode();
		}
		ObjectNode node = NODES.objectNode();
		node.put("kind", target.kind().name());
		node.put("value", target.value());
		node.put("unit", target.unit());
		node.put("per", target.per() == null ? null : target.per().name());
		if (target.baseline() == null) {
			node.putNull("baseline");
		}
		else {
			node.putObject("baseline").put("value", target.baseline().value()).put("asOf", date(target.baseline().asOf()));
		}
		node.put("due", date(target.due()));
		return node;
	}

	static JsonNode status(StatusReport status) {
		if (status == null) {
			return NODES.nullNode();
		}
		return NODES.objectNode()
			.put("state", status.state().name())
			.put("asOf", date(status.asOf()))
			.put("progress", status.progress())
			.put("text", status.text());
	}

	private static void codes(ArrayNode array, List<String> codes) {
		codes.forEach(array::add);
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static ObjectWriter canonicalWriter() {
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		Separators separators = Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator("");
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withArrayIndenter(indenter)
			.withObjectIndenter(indenter);
		return JsonMapper.builder()
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build()
			.writer()
			.with(printer);
	}
}
