package no.planspor.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.audit.Change;
import no.planspor.plan.ItemEditor;
import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.review.Review;
import no.planspor.review.ReviewState;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.version.PlanVersion;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionReason;

/**
 * Every write of a review but applying it ({@link ReviewApplying}), each one transaction with its
 * permission check first and its audit entry in it: open, decide, take a decision back, define the next
 * shortlist, submit, send back. Editors of the plan's unit (and administrators) do these; sending back is
 * the adopters' ({@link Permissions#mayAdoptPlansOf}). Nothing here changes the plan itself.
 */
@Service
public class Reviews {

	/** Version labels are the plan's own words, in bokmål whoever makes them ("Før gjennomgang 03.12.2026"). */
	static final Locale PLAN_LANGUAGE = Locale.forLanguageTag("nb");

	private static final DateTimeFormatter LABEL_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final ReviewStore store;

	private final PlanReader plans;

	private final ItemEditor editor;

	private final PlanVersions versions;

	private final Permissions permissions;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Reviews(ReviewStore store, PlanReader plans, ItemEditor editor, PlanVersions versions, Permissions permissions,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.editor = editor;
		this.versions = versions;
		this.permissions = permissions;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	public boolean mayEdit(long unitId) {
		return permissions.mayEditPlansOf(unitId);
	}

	public boolean mayAdopt(long unitId) {
		return permissions.mayAdoptPlansOf(unitId);
	}

	@Transactional(readOnly = true)
	public List<Review> ofPlan(String planCode) {
		return store.ofPlan(plans.get(planCode).id());
	}

	/** The review, checked to be one of the plan's. */
	@Transactional(readOnly = true)
	public Review require(String planCode, long id) {
		return store.find(id)
			.filter(review -> review.planCode().equals(planCode))
			.orElseThrow(() -> new NotFound("review.not-found", id));
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(long reviewId) {
		return store.decisions(reviewId);
	}

	/**
	 * Opens a review of the plan: first the version "Før gjennomgang …" of the plan as it is. One review of
	 * a plan at a time.
	 */
	@Transactional
	public Review open(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		if (store.underWay(plan.id())) {
			throw InvalidInput.of("review", "review.open.under-way");
		}
		PlanVersion before = versions.make(planCode, label("review.version.before"), VersionReason.REVIEW);
		CurrentUser by = permissions.current();
		long id = store.insert(plan.id(), before.number(), clock.instant(), by.username(), by.displayName());
		audit.record(Change.created(ReviewAuditWords.REVIEW, id, plan.id(), null, before.label()));
		return store.find(id).orElseThrow();
	}

	/**
	 * Records a decision: on a measure (replacing the one it has, if any), or a new measure
	 * ({@code decisionId} names the one to change, null adds one).
	 *
	 * @param expectedVersion the version of the decision the person saw, null when they saw none
	 * @throws Conflict when the decision was saved since (or made meanwhile), with the decision as stored now
	 */
	@Transactional
	public Decision decide(String planCode, long reviewId, Long decisionId, DecisionInput input,
			Integer expectedVersion) {
		return decide(planCode, reviewId, decisionId, input, expectedVersion, List.of());
	}

	/** As {@link #decide(String, long, Long, DecisionInput, Integer)}, with problems found reading the input (a date that is none). */
	@Transactional
	public Decision decide(String planCode, long reviewId, Long decisionId, DecisionInput input,
			Integer expectedVersion, List<Problem> unreadable) {
		Review review = locked(planCode, reviewId);
		permissions.requireEditPlansOf(review.unitId());
		requireState(review, ReviewState.OPEN, "review.decide.not-open");
		PlanTree tree = plans.tree(planCode);
		List<Decision> all = store.decisions(reviewId);
		Set<String> otherNewCodes = new HashSet<>();
		all.stream()
			.filter(d -> d.isNew() && (decisionId == null || d.id() != decisionId) && d.proposal().code() != null)
			.forEach(d -> otherNewCodes.add(d.proposal().code()));
		List<Problem> problems = new ArrayList<>(unreadable);
		ReviewRules.check(tree, input, otherNewCodes)
			.stream()
			.filter(rule -> unreadable.stream().noneMatch(seen -> seen.path().equals(rule.path())))
			.forEach(problems::add);
		PlanItem item = input.kind() != null && input.kind().onMeasure() && problems.stream().noneMatch(p -> p.path().equals("item"))
				? tree.requireItem(input.item().strip()) : null;
		Decision.Proposal proposal = cleaned(input);
		boolean placed = input.kind() == DecisionKind.ADJUST ? item != null
				: problems.stream().noneMatch(p -> p.path().equals("parent"));
		if (proposal != null && placed) {
			editor.problems(planCode, item == null ? null : item.code(), fields(tree, item, proposal))
				.stream()
				.filter(rule -> problems.stream().noneMatch(seen -> seen.path().equals(rule.path())))
				.toList()
				.forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Decision existing = item != null ? store.decisionOn(reviewId, item.id()).orElse(null)
				: decisionId == null ? null
						: store.decision(reviewId, decisionId).orElseThrow(() -> new NotFound("review.decision.not-found", decisionId));
		if (existing != null && (expectedVersion == null || existing.version() != expectedVersion)
				|| existing == null && expectedVersion != null) {
			throw new Conflict("review.decision.stale", existing, item == null ? "" : item.code());
		}
		CurrentUser by = permissions.current();
		String reason = input.reason().strip();
		long id;
		if (existing == null) {
			id = store.insertDecision(reviewId, item == null ? null : item.id(), item == null ? null : item.code(),
					item == null ? null : item.label(), item == null ? null : item.version(), input.kind(), reason, proposal, clock.instant(), by.username(),
					by.displayName());
		}
		else {
			id = existing.id();
			if (!store.updateDecision(id, existing.version(), item == null ? null : item.code(),
					item == null ? null : item.label(), item == null ? null : item.version(), input.kind(), reason, proposal, clock.instant(), by.username(),
					by.displayName())) {
				throw new Conflict("review.decision.stale", store.decision(reviewId, id).orElse(null),
						item == null ? "" : item.code());
			}
		}
		String label = item != null ? item.code() : proposal.code();
		audit.record(new Change("DECIDED", ReviewAuditWords.REVIEW, reviewId, review.planId(),
				item == null ? null : item.id(), label, "decision",
				existing == null ? null : AuditValue.of(ReviewAuditWords.KIND, existing.kind().name()).text(),
				AuditValue.of(ReviewAuditWords.KIND, input.kind().name()).text()));
		return store.decision(reviewId, id).orElseThrow();
	}

	/** Takes a decision back: the measure is undecided again, or the new measure is not proposed. */
	@Transactional
	public void withdraw(String planCode, long reviewId, long decisionId, int expectedVersion) {
		Review review = locked(planCode, reviewId);
		permissions.requireEditPlansOf(review.unitId());
		requireState(review, ReviewState.OPEN, "review.decide.not-open");
		Decision decision = store.decision(reviewId, decisionId)
			.orElseThrow(() -> new NotFound("review.decision.not-found", decisionId));
		if (!store.deleteDecision(decisionId, expectedVersion)) {
			throw new Conflict("review.decision.stale", decision, decision.itemCode() == null ? "" : decision.itemCode());
		}
		audit.record(new Change("WITHDRAWN", ReviewAuditWords.REVIEW, reviewId, review.planId(), decision.itemId(),
				decision.itemCode() != null ? decision.itemCode() : decision.proposal().code(), "decision",
				AuditValue.of(ReviewAuditWords.KIND, decision.kind().name()).text(), null));
	}

	/**
	 * Defines the next shortlist and the measures on it (both code and title blank: none).
	 *
	 * @throws Conflict when the review changed since {@code expectedVersion}
	 */
	@Transactional
	public Review shortlist(String planCode, long reviewId, String code, String title, List<String> itemCodes,
			int expectedVersion) {
		Review review = locked(planCode, reviewId);
		permissions.requireEditPlansOf(review.unitId());
		requireState(review, ReviewState.OPEN, "review.decide.not-open");
		if (review.version() != expectedVersion) {
			throw new Conflict("review.stale", review);
		}
		List<Problem> problems = new ArrayList<>(ReviewRules.shortlist(code, title));
		PlanTree tree = plans.tree(planCode);
		Set<Long> items = new HashSet<>();
		List<String> given = itemCodes == null ? List.of() : itemCodes;
		for (int i = 0; i < given.size(); i++) {
			PlanItem item = given.get(i) == null ? null : tree.item(given.get(i).strip()).orElse(null);
			if (item == null || item.kind() != ItemKind.MEASURE) {
				problems.add(Problem.of("items[" + i + "]", "review.decision.item.unknown", given.get(i)));
			}
			else {
				items.add(item.id());
			}
		}
		boolean none = ReviewRules.blank(code) && ReviewRules.blank(title);
		if (none && !items.isEmpty()) {
			problems.add(Problem.of("code", "review.shortlist.code.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		store.setShortlist(reviewId, ReviewRules.clean(code), ReviewRules.clean(title), items);
		audit.record(Change.updated(ReviewAuditWords.REVIEW, reviewId, review.planId(), null,
				review.nextTitle() == null ? ReviewRules.clean(title) : review.nextTitle(), "nextShortlist",
				review.nextCode() == null ? null : review.nextCode() + " (" + review.nextItems().size() + ")",
				none ? null : code.strip() + " (" + items.size() + ")"));
		return store.find(reviewId).orElseThrow();
	}

	/** Sends the review for consideration (til behandling) by a body: "FU KRN". */
	@Transactional
	public Review submit(String planCode, long reviewId, String body) {
		Review review = locked(planCode, reviewId);
		permissions.requireEditPlansOf(review.unitId());
		requireState(review, ReviewState.OPEN, "review.submit.not-open");
		List<Problem> problems = ReviewRules.text("body", body, ReviewRules.BODY_MAX, "review.body.required");
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		store.markSubmitted(reviewId, body.strip(), clock.instant(), permissions.current().displayName());
		audit.record(stateChange(review, ReviewState.OPEN, ReviewState.SUBMITTED));
		return store.find(reviewId).orElseThrow();
	}

	/** Sends a submitted review back to the group, with a comment saying why. */
	@Transactional
	public Review sendBack(String planCode, long reviewId, String comment) {
		Review review = locked(planCode, reviewId);
		permissions.requireAdoptPlansOf(review.unitId());
		requireState(review, ReviewState.SUBMITTED, "review.return.not-submitted");
		List<Problem> problems = ReviewRules.text("comment", comment, ReviewRules.COMMENT_MAX,
				"review.comment.required");
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		store.markReturned(reviewId, comment.strip(), clock.instant(), permissions.current().displayName());
		audit.record(stateChange(review, ReviewState.SUBMITTED, ReviewState.OPEN));
		return store.find(reviewId).orElseThrow();
	}

	/**
	 * Refuses a step from the wrong state: an applied review is done (409, it cannot be undone or done
	 * again); any other wrong state is a 400 naming the state.
	 */
	static void requireState(Review review, ReviewState needed, String code) {
		if (review.state() == needed) {
			return;
		}
		if (review.isApplied()) {
			throw new Conflict("review.applied-already", review);
		}
		throw InvalidInput.of("state", code);
	}

	static Change stateChange(Review review, ReviewState from, ReviewState to) {
		return Change.updated(ReviewAuditWords.REVIEW, review.id(), review.planId(), null, review.planTitle(), "state",
				AuditValue.of(ReviewAuditWords.STATE, from.name()).text(), AuditValue.of(ReviewAuditWords.STATE, to.name()).text());
	}

	Review locked(String planCode, long reviewId) {
		return store.lock(reviewId)
			.filter(review -> review.planCode().equals(planCode))
			.orElseThrow(() -> new NotFound("review.not-found", reviewId));
	}

	/** "Før gjennomgang 03.12.2026": the label of a version the review makes. */
	String label(String key) {
		return messages.getMessage(key, new Object[] { LocalDate.now(clock).format(LABEL_DAY) }, PLAN_LANGUAGE);
	}

	/** The proposal trimmed: blank texts as none, empty indicator lines left out. */
	static Decision.Proposal cleaned(DecisionInput input) {
		if (input.kind() != DecisionKind.ADJUST && input.kind() != DecisionKind.NEW || input.proposal() == null) {
			return null;
		}
		Decision.Proposal p = input.proposal();
		boolean isNew = input.kind() == DecisionKind.NEW;
		return new Decision.Proposal(isNew ? ReviewRules.clean(p.parent()) : null,
				isNew ? ReviewRules.clean(p.code()) : null, ReviewRules.clean(p.text()), p.deadline(),
				p.responsible().stream().map(ReviewRules::clean).filter(code -> code != null).toList(),
				p.indicators().stream().map(ReviewRules::clean).filter(text -> text != null).toList());
	}

	/** The item's fields as the proposal would make them: wording, deadline and parties changed, the rest kept. */
	static ItemFields fields(PlanTree tree, PlanItem item, Decision.Proposal proposal) {
		if (item == null) {
			return new ItemFields(proposal.parent(), ItemKind.MEASURE, proposal.code(), null, proposal.text(),
					proposal.deadline(), null, proposal.responsible(), List.of(), List.of());
		}
		List<PlanItem> path = tree.pathTo(item);
		String parent = path.size() < 2 ? null : path.get(path.size() - 2).code();
		ItemFields now = ItemFields.of(item, parent);
		return new ItemFields(now.parent(), now.kind(), now.code(), now.title(), proposal.text(), proposal.deadline(),
				now.comment(), proposal.responsible(), now.strategyRefs(), now.seeAlso());
	}
}
