package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.editing.UnitEditing;
import no.planspor.plan.editing.UnitEditing.EditableUnit;
import no.planspor.plan.editing.UnitEditing.UnitNode;
import no.planspor.shared.NotFound;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/** The organisation tree for administrators: the units as a tree, a new unit, and one unit's name and place. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminPages {

	/** A unit form as stored or typed. */
	record UnitForm(String code, String name, String parentCode, String version) {
	}

	static final String LABELS = "plan.units.field.";

	private final UnitEditing units;

	UnitAdminPages(UnitEditing units) {
		this.units = units;
	}

	@GetMapping
	String list(Model model) {
		return listPage(model, new UnitForm("", "", "", "0"), FormErrors.none());
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String parentCode, FormPost post) {
		return post.write(() -> units.create(code, name, parentCode))
			.labels(LABELS)
			.whenInvalid(errors -> listPage(post.model(), new UnitForm(code, name, parentCode, "0"), errors))
			.answer(created -> post.redirect("/admin/units#unit-" + created.id(), "plan.units.created", created.name()));
	}

	@GetMapping("/{code}")
	String unit(@PathVariable String code, Model model) {
		EditableUnit unit = find(code);
		return unitPage(model, unit, new UnitForm(unit.code(), unit.name(), parentCode(unit),
				String.valueOf(unit.version())), FormErrors.none());
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String parentCode, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		EditableUnit unit = find(code);
		UnitForm typed = new UnitForm(code, name, parentCode, version);
		return post.write(() -> units.edit(code, name, parentCode, FormValues.version(version)))
			.labels(LABELS)
			.whenInvalid(errors -> unitPage(post.model(), unit, typed, errors))
			.whenConflict(stale -> {
				EditableUnit stored = find(code);
				List<ConflictRow> rows = new ArrayList<>();
				ConflictRow.addIfDifferent(rows, post.text(LABELS + "name"), stored.name(), name);
				String storedParent = parentCode(stored);
				ConflictRow.addIfDifferent(rows, post.text(LABELS + "parentCode"), storedParent, parentCode);
				post.model().addAttribute("conflict", rows);
				return unitPage(post.model(), stored, new UnitForm(stored.code(), stored.name(), storedParent,
						String.valueOf(stored.version())), FormErrors.none());
			})
			.answer(saved -> post.redirect("/admin/units#unit-" + saved.id(), "plan.units.saved", saved.name()));
	}

	private String listPage(Model model, UnitForm form, FormErrors errors) {
		List<UnitNode> tree = units.tree();
		model.addAttribute("nodes", tree.stream().flatMap(node -> node.flatten().stream()).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/units";
	}

	private String unitPage(Model model, EditableUnit unit, UnitForm form, FormErrors errors) {
		List<UnitNode> all = units.tree().stream().flatMap(node -> node.flatten().stream()).toList();
		// A unit cannot go under itself or its own units: leave those out of the choice.
		List<UnitNode> own = all.stream().filter(n -> n.unit().id() == unit.id()).findFirst()
			.map(UnitNode::flatten)
			.orElse(List.of());
		model.addAttribute("unit", unit);
		model.addAttribute("choices", all.stream().filter(n -> own.stream().noneMatch(o -> o.unit().id() == n.unit().id())).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/unit";
	}

	private String parentCode(EditableUnit unit) {
		if (unit.parentId() == null) {
			return "";
		}
		return units.tree().stream().flatMap(n -> n.flatten().stream())
			.filter(n -> n.unit().id() == unit.parentId())
			.map(n -> n.unit().code())
			.findFirst()
			.orElse("");
	}

	private EditableUnit find(String code) {
		return units.find(code).orElseThrow(() -> new NotFound("plan.unit.not-found", code));
	}
}
