package no.planspor.review.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.followup.FollowUpReader;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.review.Decision;
import no.planspor.review.Review;
import no.planspor.review.ReviewReader;
import no.planspor.review.internal.ReviewApplying;
import no.planspor.review.internal.Reviews;
import no.planspor.shared.Conflict;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * A plan's reviews ({@code /plans/{plan}/reviews}: the list, and starting one) and a review's page
 * ({@code …/reviews/{id}}): every measure with where it stands and its decision, new measures, the
 * next shortlist, and the steps (submit, send back, adopt and apply); and its summary. Every action
 * posts here and comes back to the page, to the measure it was about.
 */
@Controller
class ReviewPages {

	static final String REVIEWS = "/plans/{plan}/reviews";

	static final String REVIEW = REVIEWS + "/{id}";

	private final Reviews reviews;

	private final ReviewApplying applying;

	private final ReviewReader reader;

	private final PlanReader plans;

	private final FollowUpReader followUp;

	ReviewPages(Reviews reviews, ReviewApplying applying, ReviewReader reader, PlanReader plans,
			FollowUpReader followUp) {
		this.reviews = reviews;
		this.applying = applying;
		this.reader = reader;
		this.plans = plans;
		this.followUp = followUp;
	}

	@GetMapping(REVIEWS)
	String list(@PathVariable String plan, Model model) {
		return listPage(model, plan, FormErrors.none());
	}

	@PostMapping(REVIEWS)
	String open(@PathVariable String plan, FormPost post) {
		return post.write(() -> reviews.open(plan))
			.whenInvalid(errors -> listPage(post.model(), plan, errors))
			.answer(opened -> post.redirect(address(plan, opened.id()), "review.opened", opened.beforeVersion()));
	}

	@GetMapping(REVIEW)
	String page(@PathVariable String plan, @PathVariable long id, Model model) {
		return reviewPage(model, reviews.require(plan, id), null, null, FormErrors.none());
	}

	/** A decision on a measure, or a new measure (without {@code item}). */
	@PostMapping(REVIEW + "/decisions")
	String decide(@PathVariable String plan, @PathVariable long id, DecisionForm form, FormPost post) {
		Review review = reviews.require(plan, id);
		DecisionForm.Reading reading = form.read();
		String at = form.item() != null && !form.item().isBlank()
				? plans.tree(plan).item(form.item().strip()).map(item -> "m" + item.id()).orElse("workflow")
				: form.decision() != null ? "n" + form.decision() : "new";
		return post.write(() -> reviews.decide(plan, id, form.decision(), reading.input(), form.version(),
				reading.problems()))
			.labels("review.field.")
			.errors(errors -> errors.linking(field -> FormErrors.FORM.equals(field) || field.equals("item") ? null
					: at + "-" + field))
			.whenInvalid(errors -> reviewPage(post.model(), review, form, at, errors))
			.whenConflict(stale -> conflict(post, review, form, at, stale))
			.answer(saved -> post.redirect(address(plan, id) + "#" + anchor(saved), saved.isNew() ? "review.new.saved"
					: "review.decision.saved", saved.isNew() ? saved.proposal().code() : saved.itemCode()));
	}

	@PostMapping(REVIEW + "/decisions/{decision}/withdraw")
	String withdraw(@PathVariable String plan, @PathVariable long id, @PathVariable long decision,
			@RequestParam int version, FormPost post) {
		Review review = reviews.require(plan, id);
		return post.write(() -> reviews.withdraw(plan, id, decision, version))
			.whenInvalid(errors -> reviewPage(post.model(), review, null, "workflow", errors))
			.whenConflict(stale -> reviewPage(post.model(), review, null, "workflow", post.errors(
					List.of(no.planspor.shared.Problem.of("form", stale.code(), stale.args())), null)))
			.answer(() -> post.redirect(address(plan, id), "review.decision.withdrawn"));
	}

	@PostMapping(REVIEW + "/shortlist")
	String shortlist(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) List<String> items,
			@RequestParam int version, FormPost post) {
		Review review = reviews.require(plan, id);
		return post.write(() -> reviews.shortlist(plan, id, code, title, items == null ? List.of() : items, version))
			.labels("review.field.")
			.errors(errors -> errors.linking(field -> field.equals("code") || field.equals("title") ? "shortlist-" + field : null))
			.whenInvalid(errors -> reviewPage(post.model(), review, null, "shortlist", errors))
			.whenConflict(stale -> reviewPage(post.model(), review, null, "shortlist", post.errors(
					List.of(no.planspor.shared.Problem.of("form", stale.code())), null)))
			.answer(saved -> post.redirect(address(plan, id) + "#shortlist", "review.shortlist.saved"));
	}

	@PostMapping(REVIEW + "/submit")
	String submit(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String body,
			FormPost post) {
		Review review = reviews.require(plan, id);
		return post.write(() -> reviews.submit(plan, id, body))
			.labels("review.field.")
			.whenInvalid(errors -> reviewPage(post.model(), review, null, "workflow", errors))
			.whenConflict(stale -> refusedStep(post, review, stale))
			.answer(saved -> post.redirect(address(plan, id), "review.submitted", saved.body()));
	}

	@PostMapping(REVIEW + "/return")
	String sendBack(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String comment,
			FormPost post) {
		Review review = reviews.require(plan, id);
		return post.write(() -> reviews.sendBack(plan, id, comment))
			.labels("review.field.")
			.whenInvalid(errors -> reviewPage(post.model(), review, null, "workflow", errors))
			.whenConflict(stale -> refusedStep(post, review, stale))
			.answer(saved -> post.redirect(address(plan, id), "review.returned.notice"));
	}

	@PostMapping(REVIEW + "/apply")
	String apply(@PathVariable String plan, @PathVariable long id, FormPost post) {
		Review review = reviews.require(plan, id);
		return post.write(() -> applying.apply(plan, id))
			.whenInvalid(errors -> reviewPage(post.model(), review, null, "workflow",
					errors.linking(field -> field.replaceFirst("^(decision-\\d+).*", "$1"))))
			.whenConflict(stale -> refusedStep(post, review, stale))
			.answer(saved -> post.redirect(address(plan, id) + "/summary", "review.applied", saved.afterVersion()));
	}

	@GetMapping(REVIEW + "/summary")
	String summary(@PathVariable String plan, @PathVariable long id, Model model) {
		model.addAttribute("summary", reader.summary(plan, id));
		model.addAttribute("plan", plans.get(plan));
		return "review/summary";
	}

	/** A step refused because the review is done (applied): the page as it is now, saying so. */
	private String refusedStep(FormPost post, Review review, Conflict stale) {
		return reviewPage(post.model(), reviews.require(review.planCode(), review.id()), null, "workflow",
				post.errors(List.of(no.planspor.shared.Problem.of("form", stale.code(), stale.args())), null));
	}

	/** A decision saved since the page was read: the page with what is stored now, and what was typed beside it. */
	private String conflict(FormPost post, Review review, DecisionForm typed, String at, Conflict stale) {
		List<ConflictRow> rows = new ArrayList<>();
		if (stale.current() instanceof Decision stored) {
			DecisionForm now = DecisionForm.of(stored, null);
			ConflictRow.addIfDifferent(rows, post.text("review.field.kind"), kindWords(post, now.kind()),
					kindWords(post, typed.kind()));
			ConflictRow.addIfDifferent(rows, post.text("review.field.reason"), now.reason(), typed.reason());
			ConflictRow.addIfDifferent(rows, post.text("review.field.text"), now.text(), typed.text());
		}
		post.model().addAttribute("conflictRows", rows);
		post.model().addAttribute("conflictText", post.text(stale.code(), stale.args()));
		return reviewPage(post.model(), review, null, at, FormErrors.none());
	}

	private static String kindWords(FormPost post, String kind) {
		return kind == null || kind.isBlank() ? "" : post.text("review.kind." + kind);
	}

	private String listPage(Model model, String planCode, FormErrors errors) {
		PlanTree tree = plans.tree(planCode);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("reviews", reviews.ofPlan(planCode));
		model.addAttribute("mayEdit", reviews.mayEdit(tree.plan().unit().id()));
		model.addAttribute("errors", errors);
		return "review/reviews";
	}

	/**
	 * @param typed the decision form that was refused, shown as typed
	 * @param at where the errors belong: a measure's code, {@code n<id>} for a new measure, {@code new},
	 *     {@code shortlist} or {@code workflow}
	 */
	private String reviewPage(Model model, Review review, DecisionForm typed, String at, FormErrors errors) {
		PlanTree tree = plans.tree(review.planCode());
		model.addAttribute("view", ReviewView.of(review, tree, followUp.forPlan(tree), reviews.decisions(review.id()), typed));
		model.addAttribute("plan", tree.plan());
		model.addAttribute("review", review);
		model.addAttribute("mayEdit", review.isOpen() && reviews.mayEdit(review.unitId()));
		model.addAttribute("mayAdopt", review.isSubmitted() && reviews.mayAdopt(review.unitId()));
		model.addAttribute("at", at);
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", FormErrors.none());
		model.addAttribute("typedNew", "new".equals(at) && typed != null ? typed : DecisionForm.blankNew());
		if (!model.containsAttribute("conflictRows")) {
			model.addAttribute("conflictRows", null);
		}
		return "review/review";
	}

	private static String anchor(Decision saved) {
		return saved.isNew() ? "n" + saved.id() : "m" + saved.itemId();
	}

	static String address(String plan, long id) {
		return "/plans/" + plan + "/reviews/" + id;
	}
}
