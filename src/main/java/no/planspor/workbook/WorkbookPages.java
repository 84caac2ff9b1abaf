package no.planspor.workbook;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import no.planspor.account.Permissions;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.web.Dates;
import no.planspor.web.FormPost;
import no.planspor.workbook.internal.Preview;
import no.planspor.workbook.internal.Preview.Change;
import no.planspor.workbook.internal.Preview.ConflictItem;
import no.planspor.workbook.internal.RowValues.StatusValue;
import no.planspor.workbook.internal.SheetProblem;
import no.planspor.workbook.internal.WorkbookComparison.Choice;

/**
 * The workbook for people: the download (plan and table pages), and for the plan's editors the upload,
 * the preview of what it changes (before → after per item, conflicts with both values and a choice,
 * problems by sheet, row and column) and the button that applies it. The uploaded workbook travels with
 * the preview form (base64), so that nothing is kept on the server between the two steps.
 */
@Controller
class WorkbookPages {

	private final PlanWorkbooks workbooks;

	private final PlanReader plans;

	private final Permissions permissions;

	private final WorkbookAnswers answers;

	private final MessageSource messages;

	WorkbookPages(PlanWorkbooks workbooks, PlanReader plans, Permissions permissions, WorkbookAnswers answers,
			MessageSource messages) {
		this.workbooks = workbooks;
		this.plans = plans;
		this.permissions = permissions;
		this.answers = answers;
		this.messages = messages;
	}

	/** A change as the preview table shows it: its item, what changed, before and after in words. */
	record ShownChange(String item, String kind, String field, String before, String after) {
	}

	/** A conflict as the preview shows it, with both values in words. */
	record ShownConflict(String id, String item, String field, String where, String exported, String workbook,
			String planspor, String choice) {
	}

	/** A problem with its place in words. */
	record ShownProblem(String where, String message) {
	}

	@GetMapping("/plans/{plan}/plan.xlsx")
	ResponseEntity<byte[]> download(@PathVariable String plan, Locale locale) {
		return WorkbookAnswers.download(plan, workbooks.export(plan, locale));
	}

	@GetMapping("/plans/{plan}/workbook")
	String upload(@PathVariable String plan, Model model) {
		model.addAttribute("plan", editable(plan));
		return "workbook/upload";
	}

	@PostMapping("/plans/{plan}/workbook/preview")
	String preview(@PathVariable String plan, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "workbook", required = false) String encoded,
			@RequestParam(name = "fileName", required = false) String fileName,
			@RequestParam(name = "addParty", required = false) List<String> addParty,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		Plan stored = editable(plan);
		byte[] bytes = file != null && !file.isEmpty() ? bytes(file) : decode(encoded);
		String name = file != null && !file.isEmpty() ? file.getOriginalFilename() : fileName;
		if (bytes == null) {
			model.addAttribute("plan", stored);
			model.addAttribute("refused", List.of(messages.getMessage("workbook.upload.no-file", null, locale)));
			response.setStatus(400);
			return "workbook/upload";
		}
		Map<String, Choice> choices = choices(params);
		Preview preview = workbooks.preview(plan, bytes, WorkbookAnswers.parties(addParty), choices);
		if (WorkbookAnswers.refusedAsFile(preview)) {
			return refusedFile(stored, preview, name, model, locale, response);
		}
		return show(stored, preview, bytes, name, addParty, choices, null, model, locale);
	}

	@PostMapping("/plans/{plan}/workbook/apply")
	String apply(@PathVariable String plan, @RequestParam(name = "workbook", required = false) String encoded,
			@RequestParam(name = "fileName", required = false) String fileName,
			@RequestParam(name = "addParty", required = false) List<String> addParty,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale, FormPost post,
			HttpServletResponse response) {
		Plan stored = editable(plan);
		byte[] bytes = decode(encoded);
		if (bytes == null) {
			return post.redirect("/plans/" + plan + "/workbook");
		}
		Map<String, Choice> choices = choices(params);
		PlanWorkbooks.Applied applied = workbooks.apply(plan, bytes, WorkbookAnswers.parties(addParty), choices);
		Preview preview = applied.preview();
		return switch (applied.outcome()) {
			case APPLIED -> preview.changes().isEmpty() ? post.redirect("/plans/" + plan, "workbook.applied.none")
					: post.redirect("/plans/" + plan, "workbook.applied", preview.changes().size());
			case PROBLEMS -> {
				if (WorkbookAnswers.refusedAsFile(preview)) {
					yield refusedFile(stored, preview, fileName, model, locale, response);
				}
				response.setStatus(400);
				yield show(stored, preview, bytes, fileName, addParty, choices, null, model, locale);
			}
			case CONFLICTS -> {
				response.setStatus(409);
				yield show(stored, preview, bytes, fileName, addParty, choices, "workbook.preview.conflicts.unchosen",
						model, locale);
			}
		};
	}

	private String refusedFile(Plan plan, Preview preview, String name, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("plan", plan);
		model.addAttribute("fileName", name);
		model.addAttribute("refused", answers.problems(preview, locale).stream().map(WorkbookAnswers.Placed::message).toList());
		response.setStatus(400);
		return "workbook/upload";
	}

	private String show(Plan plan, Preview preview, byte[] bytes, String name, List<String> addParty,
			Map<String, Choice> choices, String notice, Model model, Locale locale) {
		model.addAttribute("plan", plan);
		model.addAttribute("fileName", name);
		model.addAttribute("workbook", Base64.getEncoder().encodeToString(bytes));
		model.addAttribute("changes", preview.changes().stream().map(c -> shown(c, locale)).toList());
		List<ShownConflict> conflicts = new ArrayList<>();
		List<ConflictItem> all = new ArrayList<>(preview.conflicts());
		all.addAll(preview.settled());
		for (ConflictItem conflict : all) {
			conflicts.add(new ShownConflict(conflict.id(), conflict.item(), field(conflict.field(), locale),
					conflict.row() > 0 ? messages.getMessage("workbook.where.row",
							new Object[] { conflict.sheet(), conflict.row() }, locale) : null,
					value(conflict.exported(), locale), value(conflict.workbook(), locale),
					value(conflict.planspor(), locale), choices.containsKey(conflict.id())
							? choices.get(conflict.id()).name().toLowerCase(Locale.ROOT) : null));
		}
		model.addAttribute("conflicts", conflicts);
		List<ShownProblem> problems = new ArrayList<>();
		for (SheetProblem problem : preview.problems()) {
			problems.add(new ShownProblem(answers.where(problem, locale), answers.place(problem, locale).message()));
		}
		model.addAttribute("problems", problems);
		model.addAttribute("unknownParties", preview.unknownParties());
		model.addAttribute("addParties", addParty == null ? List.of() : addParty);
		model.addAttribute("applicable", preview.problems().isEmpty());
		model.addAttribute("unchosen", notice != null);
		return "workbook/preview";
	}

	private ShownChange shown(Change change, Locale locale) {
		return new ShownChange(change.item(), messages.getMessage("workbook.kind." + change.kind(), null, locale),
				change.field() == null || "STATUS".equals(change.kind()) ? null : field(change.field(), locale),
				value(change.before(), locale),
				value(change.after(), locale));
	}

	private String field(String field, Locale locale) {
		return messages.getMessage("workbook.field." + field, null, field, locale);
	}

	/** A value in words: lists one entry a line, dates the reader's way, a status as state, progress and date. */
	private String value(Object value, Locale locale) {
		if (value == null) {
			return messages.getMessage("workbook.value.none", null, locale);
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? messages.getMessage("workbook.value.none", null, locale)
					: String.join("\n", list.stream().map(String::valueOf).toList());
		}
		if (value instanceof LocalDate date) {
			return Dates.day(date, locale);
		}
		if (value instanceof StatusValue status) {
			if (status.isNone()) {
				return messages.getMessage("workbook.value.none", null, locale);
			}
			List<String> parts = new ArrayList<>();
			parts.add(status.state() == null ? "?" : messages.getMessage("state." + status.state(), null, locale));
			if (status.progress() != null) {
				parts.add(messages.getMessage("workbook.value.progress", new Object[] { status.progress() }, locale));
			}
			if (status.asOf() != null) {
				parts.add(messages.getMessage("workbook.value.as-of", new Object[] { Dates.day(status.asOf(), locale) },
						locale));
			}
			return String.join(", ", parts) + (status.text() == null ? "" : "\n" + status.text());
		}
		return String.valueOf(value);
	}

	/** The person's choices: a radio {@code choice-<id>} per conflict, or the API's lists. */
	private static Map<String, Choice> choices(MultiValueMap<String, String> params) {
		Map<String, Choice> choices = new LinkedHashMap<>(
				WorkbookAnswers.choices(params.get("workbook-choice"), params.get("planspor-choice")));
		params.forEach((name, values) -> {
			if (name.startsWith("choice-") && !values.isEmpty()) {
				String id = name.substring("choice-".length());
				if ("workbook".equals(values.get(0))) {
					choices.put(id, Choice.WORKBOOK);
				}
				else if ("planspor".equals(values.get(0))) {
					choices.put(id, Choice.PLANSPOR);
				}
			}
		});
		return choices;
	}

	private Plan editable(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		return plan;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static byte[] decode(String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return null;
		}
		try {
			return Base64.getDecoder().decode(encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
