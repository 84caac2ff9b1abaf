package no.planspor.version.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditValue;
import no.planspor.audit.AuditValueWords;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Target;
import no.planspor.shared.InvalidInput;
import no.planspor.version.ItemChange;
import no.planspor.version.PlanVersion;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionReason;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * A plan's versions as pages: the list, with a form for editors to make one; a version's document to
 * download; and the comparison of two versions, or of a version with the plan as it is now.
 */
@Controller
class VersionPages {

	private final PlanVersions versions;

	private final PlanReader plans;

	private final Permissions permissions;

	private final MessageSource messages;

	private final ObjectProvider<AuditValueWords> auditWords;

	VersionPages(PlanVersions versions, PlanReader plans, Permissions permissions, MessageSource messages,
			ObjectProvider<AuditValueWords> auditWords) {
		this.versions = versions;
		this.plans = plans;
		this.permissions = permissions;
		this.messages = messages;
		this.auditWords = auditWords;
	}

	@GetMapping("/plans/{plan}/versions")
	String list(@PathVariable String plan, Model model) {
		return page(model, plans.get(plan), "", FormErrors.none());
	}

	@PostMapping("/plans/{plan}/versions")
	String make(@PathVariable String plan, @RequestParam(defaultValue = "") String label, FormPost post) {
		Plan found = plans.get(plan);
		return post.write(() -> versions.make(plan, label, VersionReason.MANUAL))
			.labels("version.field.")
			.whenInvalid(errors -> page(post.model(), found, label, errors))
			.answer(made -> post.redirect("/plans/" + plan + "/versions", "version.made", made.number(), made.label()));
	}

	@GetMapping("/plans/{plan}/versions/{number}/export.json")
	ResponseEntity<byte[]> download(@PathVariable String plan, @PathVariable int number) {
		byte[] document = versions.document(plan, number).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(plan + "-versjon-" + number + ".json", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(document);
	}

	/** {@code to} is a version's number, or empty for the plan as it is now. */
	@GetMapping("/plans/{plan}/versions/compare")
	String compare(@PathVariable String plan, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model, HttpServletResponse response) {
		PlanTree tree = plans.tree(plan);
		List<PlanVersion> all = versions.list(plan);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("versions", all);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("errors", FormErrors.none());
		if (from == null) {
			return "version/compare";
		}
		try {
			List<ItemChange> changes = versions.diff(plan, from, to);
			model.addAttribute("fromVersion", versions.get(plan, from));
			model.addAttribute("toVersion", to == null ? null : versions.get(plan, to));
			model.addAttribute("comparison", Comparison.of(changes, tree.plan().kind(), goalTitles(tree, changes),
					(key, args) -> messages.getMessage(key, args, key, LocaleContextHolder.getLocale()),
					target -> targetWords(target, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
		}
		catch (InvalidInput unknownVersion) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(unknownVersion.problems(), messages,
					LocaleContextHolder.getLocale()));
		}
		return "version/compare";
	}

	/**
	 * A target in the words of the module that owns them (follow-up), asked for as the language-free
	 * value the audit log records, so that this module does not depend on follow-up's internals.
	 */
	private String targetWords(Target target, Locale locale) {
		AuditValue value = target.auditValue();
		return auditWords.orderedStream()
			.filter(words -> words.kinds().contains(value.kind()))
			.findFirst()
			.map(words -> words.words(value, locale))
			.orElseGet(() -> String.join(" ", value.parts().stream().map(String::valueOf).toList()));
	}

	/** Each goal's title as it is now, or as the changes remember it for a goal no longer in the plan. */
	private static Map<String, String> goalTitles(PlanTree tree, List<ItemChange> changes) {
		Map<String, String> titles = new HashMap<>();
		changes.stream()
			.filter(change -> "GOAL".equals(change.kind()) && change.item() != null && change.label() != null)
			.forEach(change -> titles.put(change.item(), change.label()));
		for (PlanItem goal : tree.items()) {
			titles.put(goal.code(), goal.label());
		}
		return titles;
	}

	private String page(Model model, Plan plan, String label, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("versions", versions.list(plan.code()));
		model.addAttribute("mayEdit", permissions.mayEditPlansOf(plan.unit().id()));
		model.addAttribute("label", label);
		model.addAttribute("errors", errors);
		return "version/versions";
	}
}
