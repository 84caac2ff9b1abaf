package no.planspor.exchange.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	PlanFilePages(PlanExchange exchange, PlanReader plans, ProblemDetails problems) {
		this.exchange = exchange;
		this.plans = plans;
		this.problems = problems;
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
		model.addAttribute("problems", refused.stream().map(p -> problems.describe(p, post.locale())).toList());
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
