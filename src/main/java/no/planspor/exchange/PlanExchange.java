package no.planspor.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.exchange.document.PlanDocumentReader;
import no.planspor.exchange.document.PlanDocumentWriter;
import no.planspor.exchange.document.PlanFormat;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanSummary;
import no.planspor.plan.PlanTree;
import no.planspor.plan.PlanWriter;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;

/** Plans in and out as planspor-plan/1 documents. */
@Service
public class PlanExchange {

	/** Five megabytes: the seed plans are some 60 kB, so this leaves room for very large plans. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final PlanReader plans;

	private final PlanWriter writer;

	private final StatusUpdates statuses;

	private final Clock clock;

	PlanExchange(PlanReader plans, PlanWriter writer, StatusUpdates statuses, Clock clock) {
		this.plans = plans;
		this.writer = writer;
		this.statuses = statuses;
		this.clock = clock;
	}

	/** Creates the plan the document describes, all of it or (with every problem listed) nothing. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public PlanSummary importPlan(byte[] document) {
		var root = JsonBody.object(document, MAX_BYTES, PlanFormat.KEYS);
		var reading = new PlanDocumentReader(this::itemCodes, LocalDate.now(clock)).read(root);
		if (!reading.ok()) {
			throw new InvalidInput(reading.problems());
		}
		if (plans.exists(reading.plan().code())) {
			throw new Conflict("exchange.plan.exists", null, reading.plan().code());
		}
		var created = writer.create(reading.plan());
		reading.statuses().forEach((code, status) -> statuses.recordImported(created.itemIds().get(code), status));
		return plans.catalogue()
			.stream()
			.filter(p -> p.code().equals(reading.plan().code()))
			.findFirst()
			.orElseThrow();
	}

	/** The plan as a canonical document. */
	@Transactional(readOnly = true)
	public String export(String code) {
		PlanTree tree = plans.tree(code);
		Map<Long, StatusReport> latest = statuses.latestByItem(tree.plan().id());
		return PlanDocumentWriter.write(tree, latest);
	}

	/**
	 * The plan as {@link #export(String)} writes it, as a tree, with the id of each item beside it in the
	 * order the document lists them (depth first): what a version of the plan keeps.
	 */
	@Transactional(readOnly = true)
	public PlanSnapshot snapshot(String code) {
		PlanTree tree = plans.tree(code);
		Map<Long, StatusReport> latest = statuses.latestByItem(tree.plan().id());
		return new PlanSnapshot(tree.plan().id(), tree.plan().unit().id(), PlanDocumentWriter.tree(tree, latest),
				tree.allItems().map(PlanItem::id).toList());
	}

	/** A document as every export writes it: the same members in the same layout, byte for byte. */
	public String canonical(tools.jackson.databind.JsonNode document) {
		return PlanDocumentWriter.write(document);
	}

	private Optional<Set<String>> itemCodes(String planCode) {
		if (!plans.exists(planCode)) {
			return Optional.empty();
		}
		return Optional.of(plans.tree(planCode).allItems().map(PlanItem::code).collect(Collectors.toSet()));
	}
}
