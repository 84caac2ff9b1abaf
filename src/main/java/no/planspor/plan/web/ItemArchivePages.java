package no.planspor.plan.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ArchivePreview;
import no.planspor.plan.editing.ItemArchiving;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.web.FormErrors;

/**
 * Deleting an item (asking first, with what goes with it) and the plan editor's tab of deleted items
 * ("Slettede punkter"), from which they are restored.
 */
@Controller
class ItemArchivePages {

	private final PlanReader plans;

	private final ItemArchiving archiving;

	private final PlanEditor editor;

	private final MessageSource messages;

	ItemArchivePages(PlanReader plans, ItemArchiving archiving, PlanEditor editor, MessageSource messages) {
		this.plans = plans;
		this.archiving = archiving;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/plans/{plan}/items/{item}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable String item, Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return deletePage(model, tree, archiving.archivePreview(plan, item), current.version());
	}

	@PostMapping("/plans/{plan}/items/{item}/delete")
	String delete(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		editor.tree(plan);
		try {
			ArchivePreview gone = archiving.archive(plan, item, FormValues.version(version));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.item.deleted", gone.item().code(),
					gone.descendants(), gone.indicators()));
			return "redirect:" + EditPaths.structure(plan, gone.item().parentId());
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanItem stored = (PlanItem) ex.current();
			model.addAttribute("staleNotice", true);
			return deletePage(model, plans.tree(plan), archiving.archivePreview(plan, stored.code()), stored.version());
		}
		catch (NotFound ex) {
			// Someone deleted it first: what the person wanted has happened.
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.item.already-deleted", item));
			return "redirect:" + EditPaths.structure(plan, null);
		}
	}

	private String deletePage(Model model, PlanTree tree, ArchivePreview preview, int version) {
		model.addAttribute("plan", tree.plan());
		model.addAttribute("preview", preview);
		model.addAttribute("version", version);
		return "plan/item-delete";
	}

	@GetMapping("/plans/{plan}/edit/archive")
	String archive(@PathVariable String plan, Model model) {
		return archivePage(model, editor.plan(plan), FormErrors.none(), null);
	}

	@PostMapping("/plans/{plan}/edit/archive/{id}/restore")
	String restore(@PathVariable String plan, @PathVariable long id, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editor.plan(plan);
		try {
			PlanItem restored = archiving.restore(plan, id);
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.archive.restored", restored.code()));
			return "redirect:" + EditPaths.structure(plan, restored.id());
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return archivePage(model, current, FormErrors.of(ex.problems(), messages, locale, null), id);
		}
	}

	private String archivePage(Model model, Plan plan, FormErrors errors, Long failed) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "archive");
		model.addAttribute("archived", archiving.archived(plan.code()));
		model.addAttribute("errors", errors);
		model.addAttribute("failed", failed);
		return "plan/edit-archive";
	}
}
