package no.planspor.exchange.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.planspor.exchange.PlanArchives;

/** A plan's full archive (planspor-archive/1) from its page, for those who may edit the plan ({@link PlanArchiveApi}). */
@Controller
class PlanArchiveFiles {

	private final PlanArchives archives;

	PlanArchiveFiles(PlanArchives archives) {
		this.archives = archives;
	}

	@GetMapping("/plans/{code}/archive.json")
	ResponseEntity<byte[]> download(@PathVariable String code) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(code + "-arkiv.json", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(archives.export(code).getBytes(StandardCharsets.UTF_8));
	}
}
