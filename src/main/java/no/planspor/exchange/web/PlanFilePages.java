package no.planspor.exchange.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import no.planspor.exchange.PlanExchange;
import no.planspor.exchange.document.DocumentPlaces;
import no.planspor.plan.PlanReader;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.FormPost;
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
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, FormPost post) {
		return post.write(() -> exchange.importPlan(read(file)))
			.whenProblems(problems -> failed(post, file, problems))
			// A plan with that code exists: told as a problem of the file's code.
			.whenConflict(exists -> failed(post, file, List.of(Problem.of("$.code", exists.code(), exists.args()))))
			.answer(created -> post.redirect("/plans/" + created.code(), "exchange.upload.done", created.title(),
					created.unit().name()));
	}

	private static byte[] read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "exchange.upload.no-file");
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page again with every problem of the file, each at its place in it. */
	private String failed(FormPost post, MultipartFile file, List<Problem> refused) {
		Model model = post.model();
		DocumentPlaces places = DocumentPlaces.of(bytesOf(file));
		model.addAttribute("problems", refused.stream().map(p -> placed(p, places, post.locale())).toList());
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		model.addAttribute("plans", plans.catalogue());
		return "exchange/plan-files";
	}

	/** The problem as the API describes it, with the place in the plan a person knows it by ("Tiltak T1.1 a)"). */
	private Map<String, Object> placed(Problem problem, DocumentPlaces places, Locale locale) {
		Map<String, Object> described = new HashMap<>(problems.describe(problem, locale));
		described.put("place", places.place(problem.path(), messages, locale));
		return described;
	}

	/** The file's bytes for finding places in it, or none when there is no readable file. */
	private static byte[] bytesOf(MultipartFile file) {
		try {
			return file == null || file.isEmpty() ? null : file.getBytes();
		}
		catch (IOException ex) {
			return null;
		}
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
