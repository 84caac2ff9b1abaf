package no.planspor.round.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.round.Round;
import no.planspor.round.RoundReader;
import no.planspor.round.internal.Rounds;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * The rounds of a plan ({@code /plans/{plan}/rounds}: the list, and a form to create one) and a round's
 * page ({@code /plans/{plan}/rounds/{id}}): before opening, who would be asked about what; after, the
 * progress, which the page polls as a fragment ({@code …/progress}) so that answers show as they come
 * in. The owner's actions post here and come back to the page.
 */
@Controller
class RoundPages {

	static final String ROUNDS = "/plans/{plan}/rounds";

	static final String ROUND = ROUNDS + "/{id}";

	private static final List<String> FIELDS = List.of("title", "asOf", "due", "scope", "shortlist", "goals", "message");

	private final Rounds rounds;

	private final RoundReader reader;

	private final PlanReader plans;

	private final Clock clock;

	RoundPages(Rounds rounds, RoundReader reader, PlanReader plans, Clock clock) {
		this.rounds = rounds;
		this.reader = reader;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping(ROUNDS)
	String list(@PathVariable String plan, Model model) {
		return listPage(model, plans.tree(plan), RoundForm.blank(LocalDate.now(clock)), FormErrors.none());
	}

	@PostMapping(ROUNDS)
	String create(@PathVariable String plan, RoundForm form, FormPost post) {
		RoundForm.Reading reading = form.read();
		return post.write(() -> rounds.create(plan, reading.round(), reading.problems()))
			.labels("round.field.")
			.problems(RoundPages::formField)
			.errors(errors -> errors.inOrder(FIELDS))
			.whenInvalid(errors -> listPage(post.model(), plans.tree(plan), form, errors))
			.answer(created -> post.redirect(address(plan, created.id()), "round.created", created.title()));
	}

	@GetMapping(ROUND)
	String page(@PathVariable String plan, @PathVariable long id, @RequestParam(required = false) String show,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String party,
			@RequestParam(required = false) String person, Model model) {
		Round round = rounds.require(plan, id);
		return roundPage(model, round, show, goal, party, person);
	}

	/** The progress alone, for the page's polling. */
	@GetMapping(ROUND + "/progress")
	String progress(@PathVariable String plan, @PathVariable long id, @RequestParam(required = false) String show,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String party,
			@RequestParam(required = false) String person, Model model) {
		Round round = rounds.require(plan, id);
		model.addAttribute("round", round);
		model.addAttribute("mayRun", rounds.mayRun(round.unitId()));
		model.addAttribute("board", RoundView.of(reader.result(id).orElseThrow(), show, goal, party, person));
		return "round/round :: progress";
	}

	@PostMapping(ROUND + "/open")
	String open(@PathVariable String plan, @PathVariable long id, FormPost post) {
		rounds.require(plan, id);
		return action(post, plan, id, () -> rounds.open(id), "round.opened");
	}

	@PostMapping(ROUND + "/close")
	String close(@PathVariable String plan, @PathVariable long id, FormPost post) {
		rounds.require(plan, id);
		return action(post, plan, id, () -> rounds.close(id), "round.closed");
	}

	@PostMapping(ROUND + "/remind")
	String remind(@PathVariable String plan, @PathVariable long id, @RequestParam(required = false) String username,
			FormPost post) {
		rounds.require(plan, id);
		String who = username == null || username.isBlank() ? null : username;
		return post.write(() -> rounds.remind(id, who))
			.whenInvalid("actionErrors", () -> roundPage(post.model(), rounds.require(id), null, null, null, null))
			.answer(sent -> post.redirect(address(plan, id), "round.reminded", sent));
	}

	@PostMapping(ROUND + "/schedule")
	String schedule(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String reminderDays,
			@RequestParam(required = false) String closesOn, FormPost post) {
		rounds.require(plan, id);
		List<Problem> unreadable = new ArrayList<>();
		List<Integer> days = new ArrayList<>();
		for (String part : reminderDays.replace('−', '-').split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				days.add(Integer.parseInt(part.strip().replace("+", "")));
			}
			catch (NumberFormatException ex) {
				unreadable.add(Problem.of("$.reminderDays", "round.reminder.not-a-number", part));
			}
		}
		LocalDate closing = null;
		if (closesOn != null && !closesOn.isBlank()) {
			try {
				closing = LocalDate.parse(closesOn.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				unreadable.add(Problem.of("$.closesOn", "round.date.invalid", closesOn));
			}
		}
		LocalDate closingDay = closing;
		return post.write(() -> rounds.schedule(id, days, closingDay, unreadable))
			.labels("round.field.")
			.problems(problem -> new Problem(problem.path().replaceAll("\\[\\d+]$", ""), problem.code(), problem.args()))
			.whenInvalid("scheduleErrors", () -> roundPage(post.model(), rounds.require(id), null, null, null, null))
			.answer(saved -> post.redirect(address(plan, id), "round.scheduled"));
	}

	private String action(FormPost post, String plan, long id, Runnable write, String notice) {
		return post.write(write)
			.whenInvalid("actionErrors", () -> roundPage(post.model(), rounds.require(id), null, null, null, null))
			.answer(() -> post.redirect(address(plan, id), notice));
	}

	private String listPage(Model model, PlanTree tree, RoundForm form, FormErrors errors) {
		model.addAttribute("plan", tree.plan());
		model.addAttribute("rounds", rounds.ofPlan(tree.plan()));
		model.addAttribute("mayRun", rounds.mayRun(tree.plan().unit().id()));
		model.addAttribute("goals", tree.allItems().filter(item -> item.kind() == ItemKind.GOAL).toList());
		model.addAttribute("shortlists", tree.shortlists());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "round/rounds";
	}

	private String roundPage(Model model, Round round, String show, String goal, String party, String person) {
		model.addAttribute("round", round);
		model.addAttribute("mayRun", rounds.mayRun(round.unitId()));
		if (round.isDraft()) {
			model.addAttribute("preview", rounds.preview(round));
		}
		else {
			model.addAttribute("board", RoundView.of(reader.result(round.id()).orElseThrow(), show, goal, party, person));
			model.addAttribute("letters", rounds.mayRun(round.unitId()) ? rounds.letters(round) : List.of());
		}
		model.addAttribute("schedule", String.join(", ", round.reminderDays().stream().map(String::valueOf).toList()));
		if (!model.containsAttribute("actionErrors")) {
			model.addAttribute("actionErrors", FormErrors.none());
		}
		if (!model.containsAttribute("scheduleErrors")) {
			model.addAttribute("scheduleErrors", FormErrors.none());
		}
		return "round/round";
	}

	/** The service names the scope's parts by JSON path; the form has a field for each. */
	private static Problem formField(Problem problem) {
		String path = problem.path();
		if (path.startsWith("$.scope.goals")) {
			path = "goals";
		}
		else if (path.equals("$.scope.shortlist")) {
			path = "shortlist";
		}
		else if (path.equals("$.scope")) {
			path = "scope";
		}
		return new Problem(path, problem.code(), problem.args());
	}

	static String address(String plan, long id) {
		return "/plans/" + plan + "/rounds/" + id;
	}

}
