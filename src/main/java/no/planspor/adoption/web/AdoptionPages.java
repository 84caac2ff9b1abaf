package no.planspor.adoption.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.adoption.PlanAdoption;
import no.planspor.adoption.Standing;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * The plan's consideration page (/plans/{plan}/adoption): where it stands, every step taken, and the
 * forms of the step the signed-in person may take next: submit (editors, a draft), adopt or send back
 * (the unit's leaders and administrators, a submitted plan). A refused form comes back with its problems
 * (400); a step the plan has moved past comes back as the page as it is now, saying so (409).
 */
@Controller
class AdoptionPages {

	static final String VIEW = "adoption/adoption";

	private final PlanAdoption adoption;

	AdoptionPages(PlanAdoption adoption) {
		this.adoption = adoption;
	}

	/** What the forms hold when shown again. */
	record Typed(String body, String note, String adoptedOn, String adoptedBy, String adoptionNote, String comment) {

		static final Typed EMPTY = new Typed("", "", "", "", "", "");
	}

	@GetMapping("/plans/{plan}/adoption")
	String page(@PathVariable String plan, Model model) {
		return page(model, adoption.standing(plan), Typed.EMPTY, null, FormErrors.none(), false);
	}

	@PostMapping("/plans/{plan}/adoption/submit")
	String submit(@PathVariable String plan, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String note, FormPost post) {
		Typed typed = new Typed(body, note, "", "", "", "");
		return post.write(() -> adoption.submit(plan, body, note))
			.labels("adoption.field.")
			.whenInvalid(errors -> page(post.model(), adoption.standing(plan), typed, "submit", errors, false))
			.whenConflict(moved -> page(post.model(), adoption.standing(plan), Typed.EMPTY, null, FormErrors.none(), true))
			.answer(done -> post.redirect("/plans/" + plan + "/adoption", "adoption.submitted", done.submission().body()));
	}

	@PostMapping("/plans/{plan}/adoption/adopt")
	String adopt(@PathVariable String plan, @RequestParam(defaultValue = "") String adoptedOn,
			@RequestParam(defaultValue = "") String adoptedBy, @RequestParam(defaultValue = "") String adoptionNote,
			FormPost post) {
		Typed typed = new Typed("", "", adoptedOn, adoptedBy, adoptionNote, "");
		List<Problem> problems = new ArrayList<>();
		LocalDate on = date(adoptedOn, "adoptedOn", problems);
		return post.write(() -> {
			// A date that is no date is not a missing one: nothing is written until the form reads.
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return adoption.adopt(plan, on, adoptedBy, adoptionNote);
		})
			.labels("adoption.field.")
			.whenInvalid(errors -> page(post.model(), adoption.standing(plan), typed, "adopt", errors, false))
			.whenConflict(moved -> page(post.model(), adoption.standing(plan), Typed.EMPTY, null, FormErrors.none(), true))
			.answer(done -> post.redirect("/plans/" + plan, "adoption.adopted"));
	}

	@PostMapping("/plans/{plan}/adoption/send-back")
	String sendBack(@PathVariable String plan, @RequestParam(defaultValue = "") String comment, FormPost post) {
		Typed typed = new Typed("", "", "", "", "", comment);
		return post.write(() -> adoption.sendBack(plan, comment))
			.labels("adoption.field.")
			.whenInvalid(errors -> page(post.model(), adoption.standing(plan), typed, "sendBack", errors, false))
			.whenConflict(moved -> page(post.model(), adoption.standing(plan), Typed.EMPTY, null, FormErrors.none(), true))
			.answer(done -> post.redirect("/plans/" + plan + "/adoption", "adoption.sent-back"));
	}

	/**
	 * @param form the form the errors belong to ({@code submit}, {@code adopt}, {@code sendBack}), or null
	 * @param moved the step asked for was refused because the plan had moved on (409)
	 */
	private static String page(Model model, Standing standing, Typed typed, String form, FormErrors errors,
			boolean moved) {
		model.addAttribute("standing", standing);
		model.addAttribute("plan", standing.plan());
		model.addAttribute("typed", typed);
		model.addAttribute("submitErrors", "submit".equals(form) ? errors : FormErrors.none());
		model.addAttribute("adoptErrors", "adopt".equals(form) ? errors : FormErrors.none());
		model.addAttribute("sendBackErrors", "sendBack".equals(form) ? errors : FormErrors.none());
		model.addAttribute("moved", moved);
		return VIEW;
	}

	static LocalDate date(String raw, String field, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException notADate) {
			problems.add(Problem.of(field, "adoption.date", raw.strip()));
			return null;
		}
	}
}
