package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.Reference;
import no.planspor.plan.editing.ReferenceEditing;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/** The plan editor's tab for the plan's references: one form for the whole list, with empty rows to add. */
@Controller
class ReferencePages {

	/** How many empty rows the references form offers for new references. */
	static final int NEW_REFERENCE_ROWS = 2;

	private static final Pattern ROW = Pattern.compile("references\\[(\\d+)](.*)");

	/** One row of the references form. */
	record ReferenceRow(String title, String url, boolean remove) {
	}

	private final PlanReader plans;

	private final ReferenceEditing editing;

	private final PlanEditor editor;

	ReferencePages(PlanReader plans, ReferenceEditing editing, PlanEditor editor) {
		this.plans = plans;
		this.editing = editing;
		this.editor = editor;
	}

	@GetMapping("/plans/{plan}/edit/references")
	String references(@PathVariable String plan, Model model) {
		Plan current = editor.plan(plan);
		return page(model, current, stored(plan), String.valueOf(current.version()), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/references")
	String save(@PathVariable String plan, @RequestParam(name = "title", required = false) List<String> titles,
			@RequestParam(name = "url", required = false) List<String> urls,
			@RequestParam(name = "remove", required = false) List<String> removes,
			@RequestParam(defaultValue = "-1") String version, FormPost post) {
		Plan current = editor.plan(plan);
		List<ReferenceRow> rows = new ArrayList<>();
		int count = titles == null ? 0 : titles.size();
		for (int i = 0; i < count; i++) {
			String url = urls != null && i < urls.size() ? urls.get(i) : "";
			rows.add(new ReferenceRow(titles.get(i), url, removes != null && removes.contains(String.valueOf(i))));
		}
		// Kept rows in order; an empty new row is no reference. Errors name the row as the form shows it.
		List<Reference> kept = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ReferenceRow row = rows.get(i);
			if (row.remove() || (blank(row.title()) && blank(row.url()))) {
				continue;
			}
			kept.add(new Reference(row.title(), row.url()));
			rowOf.add(i);
		}
		return post.write(() -> editing.setReferences(plan, kept, FormValues.version(version)))
			.problems(problem -> {
				Matcher m = ROW.matcher(problem.path());
				return m.matches() ? Problem.of("references[" + rowOf.get(Integer.parseInt(m.group(1))) + "]" + m.group(2),
						problem.code(), problem.args().toArray()) : problem;
			})
			.whenInvalid(errors -> page(post.model(), current, rows, version, errors))
			.whenConflict(stale -> {
				Plan stored = plans.get(plan);
				post.model().addAttribute("typedReferences", kept);
				return page(post.model(), stored, stored(plan), String.valueOf(stored.version()), FormErrors.none());
			})
			.answer(() -> post.redirect(EditPaths.editPlan(plan) + "/references", "plan.references.saved"));
	}

	private List<ReferenceRow> stored(String plan) {
		return new ArrayList<>(plans.tree(plan)
			.references()
			.stream()
			.map(r -> new ReferenceRow(r.title(), r.url(), false))
			.toList());
	}

	private String page(Model model, Plan plan, List<ReferenceRow> rows, String version, FormErrors errors) {
		List<ReferenceRow> all = new ArrayList<>(rows);
		for (int i = 0; i < NEW_REFERENCE_ROWS; i++) {
			all.add(new ReferenceRow("", "", false));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "references");
		model.addAttribute("rows", all);
		model.addAttribute("existing", rows.size());
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("typedReferences")) {
			model.addAttribute("typedReferences", null);
		}
		return "plan/edit-references";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
