package no.planspor.plan.web;

import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.ui.Model;

import no.planspor.plan.Plan;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * The parts of a plan that its editor lists on a tab of their own, each part with a form of its own:
 * the running text's sections ({@link SectionPages}) and the table of parties ({@link PartyPages}).
 * Their pages work alike; what they share is written here once: the addresses, the frame of the tab,
 * form and delete pages, and the step up or down.
 */
enum PlanPart {

	SECTION("sections", "section"), PARTY("parties", "party");

	/** The tab's name in addresses and in the editor's tab bar ("sections"). */
	private final String tab;

	/** One part's name in templates, model attributes and anchors ("section"). */
	private final String name;

	PlanPart(String tab, String name) {
		this.tab = tab;
		this.name = name;
	}

	/** The tab listing them all. */
	String list(String plan) {
		return EditPaths.editPlan(plan) + "/" + tab;
	}

	/** The tab, scrolled to one of them. */
	String anchor(String plan, long id) {
		return list(plan) + "#" + name + "-" + id;
	}

	/** The tab itself: the parts in the plan's order, as the model attribute named like the tab ("sections"). */
	String listPage(Model model, Plan plan, List<?> parts) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", tab);
		model.addAttribute(tab, parts);
		return "plan/edit-" + tab;
	}

	/** One part's form (a new part's when the form has no id), stored or as typed. */
	String formPage(Model model, Plan plan, Object form, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", tab);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/" + name + "-form";
	}

	/** Asking before one part is deleted, or again when that was refused. */
	String deletePage(Model model, Plan plan, Object part, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute(name, part);
		model.addAttribute("errors", errors);
		return "plan/" + name + "-delete";
	}

	/**
	 * One step up ({@code direction} "up") or down among the others. A list changed by someone else is
	 * not refused with a page of its own: the tab comes back as it is now, with a warning, and the person
	 * steps again if still wanted.
	 */
	String reorder(FormPost post, String plan, long id, String direction, IntConsumer step) {
		String back = anchor(plan, id);
		return post.write(() -> step.accept("up".equals(direction) ? -1 : 1))
			.whenConflict(stale -> post.flash("warning", post.text("plan.parts.stale")).redirect(back))
			.answer(() -> post.redirect(back));
	}
}
