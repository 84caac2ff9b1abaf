package no.planspor.version;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.account.UserAccounts;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.exchange.PlanExchange;
import no.planspor.exchange.PlanSnapshot;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.version.internal.DocumentDiff;
import no.planspor.version.internal.DocumentParts;
import no.planspor.version.internal.VersionStore;
import no.planspor.version.internal.VersionTree;

/**
 * The versions of plans: made (by an editor, or by Planspor at a step of the plan's life), listed, read
 * back as planspor-plan/1 unchanged by anything since, and compared with each other or with the plan as
 * it is now.
 */
@Service
public class PlanVersions {

	/** The longest label: a label names a moment ("Vedtatt 11.05.2026"), it is no note. */
	public static final int LABEL_MAX = 200;

	private final PlanReader plans;

	private final PlanExchange exchange;

	private final VersionStore store;

	private final Permissions permissions;

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	PlanVersions(PlanReader plans, PlanExchange exchange, VersionStore store, Permissions permissions,
			UserAccounts accounts, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.exchange = exchange;
		this.store = store;
		this.permissions = permissions;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Freezes the plan as it is now. By hand ({@link VersionReason#MANUAL}) it takes an editor of the
	 * plan's unit; Planspor's own versions are made by the step that calls for them, which has checked
	 * its own rights.
	 */
	@Transactional
	public PlanVersion make(String planCode, String label, VersionReason reason) {
		Plan plan = plans.get(planCode);
		if (reason == VersionReason.MANUAL) {
			permissions.requireEditPlansOf(plan.unit().id());
		}
		String clean = label == null ? "" : label.strip();
		if (clean.isEmpty()) {
			throw InvalidInput.of("label", "version.label.required");
		}
		if (clean.length() > LABEL_MAX) {
			throw InvalidInput.of("label", "version.label.too-long", LABEL_MAX);
		}
		PlanSnapshot snapshot = exchange.snapshot(planCode);
		CurrentUser by = permissions.current();
		VersionStore.Row row = store.insert(plan.id(), clean, reason, clock.instant(), by.username(),
				DocumentParts.split(snapshot.document(), snapshot.itemIds()));
		audit.record(new Change("CREATED", "VERSION", row.id(), plan.id(), null, clean, null, null,
				String.valueOf(row.number())));
		return version(row, Map.of(by.username(), by.displayName()));
	}

	/** The versions of a plan, newest first. */
	@Transactional(readOnly = true)
	public List<PlanVersion> list(String planCode) {
		List<VersionStore.Row> rows = store.list(plans.get(planCode).id());
		Map<String, String> names = accounts.displayNames(rows.stream().map(VersionStore.Row::madeBy).distinct().toList());
		return rows.stream().map(row -> version(row, names)).toList();
	}

	/** One version, without its content. */
	@Transactional(readOnly = true)
	public PlanVersion get(String planCode, int number) {
		VersionStore.Row row = row(planCode, number);
		return version(row, accounts.displayNames(List.of(row.madeBy())));
	}

	/** A version as the planspor-plan/1 document it was when made. */
	@Transactional(readOnly = true)
	public String document(String planCode, int number) {
		VersionStore.Row row = row(planCode, number);
		DocumentParts.Pieces pieces = store.pieces(row);
		return exchange.canonical(DocumentParts.join(pieces.head(), DocumentParts.items(pieces.items())));
	}

	/** A version as the plan it was, to show as the plan document (marked as an old version). */
	@Transactional(readOnly = true)
	public VersionedPlan plan(String planCode, int number) {
		Plan plan = plans.get(planCode);
		VersionStore.Row row = row(planCode, number);
		DocumentParts.Pieces pieces = store.pieces(row);
		ObjectNode head = DocumentParts.head(pieces.head());
		JsonNode parentCode = head.get("parent");
		Optional<PlanTree> parent = parentCode == null || parentCode.isNull() || !plans.exists(parentCode.asString())
				? Optional.empty() : Optional.of(plans.tree(parentCode.asString()));
		VersionTree.Read read = VersionTree.of(plan, head, DocumentParts.items(pieces.items()), parent);
		return new VersionedPlan(version(row, accounts.displayNames(List.of(row.madeBy()))), read.tree(),
				read.statuses());
	}

	/**
	 * What changed from one version to another, or to the plan as it is now ({@code to} null). Numbers
	 * that are no version of the plan are refused by name ({@code from}, {@code to}).
	 */
	@Transactional(readOnly = true)
	public List<ItemChange> diff(String planCode, int from, Integer to) {
		Plan plan = plans.get(planCode);
		VersionStore.Row older = store.find(plan.id(), from)
			.orElseThrow(() -> InvalidInput.of("from", "version.not-found", planCode, from));
		VersionStore.Row newer = to == null ? null
				: store.find(plan.id(), to).orElseThrow(() -> InvalidInput.of("to", "version.not-found", planCode, to));
		return DocumentDiff.between(contents(older), newer == null ? current(planCode) : contents(newer));
	}

	private DocumentDiff.Contents contents(VersionStore.Row row) {
		DocumentParts.Pieces pieces = store.pieces(row);
		return new DocumentDiff.Contents(DocumentParts.head(pieces.head()), DocumentParts.items(pieces.items()));
	}

	private DocumentDiff.Contents current(String planCode) {
		PlanSnapshot snapshot = exchange.snapshot(planCode);
		DocumentParts.Pieces pieces = DocumentParts.split(snapshot.document(), snapshot.itemIds());
		return new DocumentDiff.Contents(DocumentParts.head(pieces.head()), DocumentParts.items(pieces.items()));
	}

	private VersionStore.Row row(String planCode, int number) {
		return store.find(plans.get(planCode).id(), number)
			.orElseThrow(() -> new NotFound("version.not-found", planCode, number));
	}

	private static PlanVersion version(VersionStore.Row row, Map<String, String> names) {
		return new PlanVersion(row.number(), row.label(), row.reason(), row.madeAt(), row.madeBy(),
				names.getOrDefault(row.madeBy(), row.madeBy()));
	}
}
