package no.planspor.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ArchivePreview;
import no.planspor.plan.editing.ItemArchiving;
import no.planspor.shared.NotFound;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * Deleting an item (asking first, with what goes with it) and the plan editor's tab of deleted items
 * ("Slettede punkter"), from which they are restored.
 */
@Controller
class ItemArchivePages {

	private final PlanReader plans;

	private final ItemArchiving archiving;

	private final PlanEditor editor;

	ItemArchivePages(PlanReader plans, ItemArchiving archiving, PlanEditor editor) {
		this.plans = plans;
		this.archiving = archiving;
		this.editor = editor;
	}

	@GetMapping("/plans/{plan}/items/{item}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable String item, Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return deletePage(model, tree, archiving.archivePreview(plan, item), current.version());
	}

	@PostMapping("/plans/{plan}/items/{item}/delete")
	String delete(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "-1") String version, FormPost post) {
		editor.tree(plan);
		return post.write(() -> archiving.archive(plan, item, FormValues.version(version)))
			.whenConflict(stale -> {
				PlanItem stored = (PlanItem) stale.current();
				post.model().addAttribute("staleNotice", true);
				return deletePage(post.model(), plans.tree(plan), archiving.archivePreview(plan, stored.code()),
						stored.version());
			})
			// Someone deleted it first: what the person wanted has happened.
			.when(NotFound.class, gone -> post.redirect(EditPaths.structure(plan, null), "plan.item.already-deleted", item))
			.answer(gone -> post.redirect(EditPaths.structure(plan, gone.item().parentId()), "plan.item.deleted",
					gone.item().code(), gone.descendants(), gone.indicators()));
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
	String restore(@PathVariable String plan, @PathVariable long id, FormPost post) {
		Plan current = editor.plan(plan);
		return post.write(() -> archiving.restore(plan, id))
			.whenInvalid(errors -> archivePage(post.model(), current, errors, id))
			.answer(restored -> post.redirect(EditPaths.structure(plan, restored.id()), "plan.archive.restored",
					restored.code()));
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
