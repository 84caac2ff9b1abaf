package no.planspor.exchange.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanSummary;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.exchange.document.DocumentPlaces;
import no.planspor.shared.Problem;
import no.planspor.web.ProblemDetails;

/** Plan files for people: upload a planspor-plan/1 file (admins), download any plan's file. */
@Controller
class PlanFilePages {

	private final PlanExchange exchange;

	private final PlanReader plans;

	private final ProblemDetails problems;

	private final MessageSource messages;

	PlanFilePages(PlanExchange exchange, PlanReader plans, ProblemDetails problems, MessageSource messages) {
		this.exchange = exchange;
		this.plans = plans;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/admin/plans")
	@PreAuthorize("hasRole('ADMIN')")
	String page(Model model) {
		model.addAttribute("plans", plans.catalogue());
		return "exchange/plan-files";
	}

	@PostMapping("/admin/plans")
	@PreAuthorize("hasRole('ADMIN')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInput.of("file", "exchange.upload.no-file");
			}
			PlanSummary created = exchange.importPlan(file.getBytes());
			redirect.addFlashAttribute("notice",
					messages.getMessage("exchange.upload.done", new Object[] { created.title(), created.unit().name() },
							locale));
			return "redirect:/plans/" + created.code();
		}
		catch (InvalidInput ex) {
			DocumentPlaces places = DocumentPlaces.of(file == null ? null : file.getBytes());
			model.addAttribute("problems", ex.problems().stream().map(p -> placed(p, places, locale)).toList());
			return failed(model, file, response, HttpStatus.BAD_REQUEST);
		}
		catch (Conflict ex) {
			Problem conflict = Problem.of("$.code", ex.code(), ex.args());
			model.addAttribute("problems", List.of(problems.describe(conflict, locale)));
			return failed(model, file, response, HttpStatus.CONFLICT);
		}
	}

	/** The problem as the API describes it, with the place in the plan a person knows it by ("Tiltak T1.1 a)"). */
	private Map<String, Object> placed(Problem problem, DocumentPlaces places, Locale locale) {
		Map<String, Object> described = new HashMap<>(problems.describe(problem, locale));
		described.put("place", places.place(problem.path(), messages, locale));
		return described;
	}

	private String failed(Model model, MultipartFile file, HttpServletResponse response, HttpStatus status) {
		response.setStatus(status.value());
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		model.addAttribute("plans", plans.catalogue());
		return "exchange/plan-files";
	}

	@GetMapping("/plans/{code}/export.json")
	ResponseEntity<byte[]> download(@PathVariable String code) {
		byte[] document = exchange.export(code).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(code + ".json", StandardCharsets.UTF_8).build().toString())
			.body(document);
	}
}
