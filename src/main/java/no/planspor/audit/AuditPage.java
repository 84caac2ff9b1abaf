package no.planspor.audit;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.audit.AuditTrail.Page;
import no.planspor.audit.AuditTrail.Row;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;

/**
 * The administrators' audit page: newest first, filtered by free text, actor, kind of thing, plan
 * and days, 50 at a time with a link to the next (older) 50. The filters live in the URL, so a
 * search can be bookmarked and shared.
 */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	/** The kinds of things the modules record; a kind not listed here can still be asked for in the URL. */
	static final List<String> TYPES = List.of("PLAN", "SECTION", "REFERENCE", "PARTY", "SHORTLIST", "ITEM",
			"INDICATOR", "STATUS", "MEASUREMENT", "USER", "PARTY_MEMBER");

	/** A row with its time in the hospital's time zone. */
	record Line(AuditEntry entry, String actorName, String planCode, ZonedDateTime at) {
	}

	private final AuditTrail trail;

	private final Clock clock;

	private final MessageSource messages;

	AuditPage(AuditTrail trail, Clock clock, MessageSource messages) {
		this.trail = trail;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasRole('ADMIN')")
	String page(@RequestParam Map<String, String> params, Model model, Locale locale, HttpServletResponse response) {
		AuditFilter filter = AuditFilter.parse(params, clock.getZone());
		List<Problem> problems = new ArrayList<>(filter.problems());
		Long before = null;
		if (params.get("before") != null && !params.get("before").isBlank()) {
			try {
				before = Long.valueOf(params.get("before").strip());
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of("before", "audit.filter.before"));
			}
		}
		List<Line> lines = List.of();
		String next = null;
		if (problems.isEmpty()) {
			Page page = trail.search(filter, before, PAGE_SIZE);
			lines = page.rows().stream().map(this::line).toList();
			next = page.next() == null ? null : link(filter, page.next());
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("errors", FormErrors.of(problems, messages, locale));
		model.addAttribute("lines", lines);
		model.addAttribute("next", next);
		model.addAttribute("paged", before != null);
		model.addAttribute("first", link(filter, null));
		model.addAttribute("actors", trail.actors());
		model.addAttribute("plans", trail.plans());
		List<String> types = new ArrayList<>(TYPES);
		if (filter.type() != null && !types.contains(filter.type())) {
			types.add(filter.type());
		}
		model.addAttribute("types", types);
		return "audit/audit";
	}

	private Line line(Row row) {
		return new Line(row.entry(), row.actorName(), row.planCode(), row.entry().at().atZone(clock.getZone()));
	}

	/** The page's address with the same filters, from entry {@code before} on (or from the newest). */
	private static String link(AuditFilter filter, Long before) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
		param(link, "q", filter.q());
		param(link, "actor", filter.actor());
		param(link, "type", filter.type());
		param(link, "plan", filter.plan());
		param(link, "from", filter.from());
		param(link, "to", filter.to());
		if (before != null) {
			link.queryParam("before", before);
		}
		return link.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder link, String name, String value) {
		if (value != null) {
			link.queryParam(name, value);
		}
	}
}
