package no.planspor.audit.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.audit.AuditEntry;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValues;
import no.planspor.audit.PlanNames;
import no.planspor.audit.PlanNames.PlanName;
import no.planspor.audit.UserNames;
import no.planspor.audit.UserNames.UserName;
import no.planspor.audit.internal.AuditFilter;
import no.planspor.audit.internal.AuditSearch;
import no.planspor.audit.internal.AuditSearch.Page;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;

/**
 * The administrators' audit page: newest first, filtered by free text, actor, kind of thing, plan
 * and days, 50 at a time with a link to the next (older) 50. The filters live in the URL, so a
 * search can be bookmarked and shared. Three statements whatever the page shows: the entries, the
 * accounts and the plans; the last two fill the filter's choices and name each entry's actor and
 * plan (from the modules that keep them, through {@link UserNames} and {@link PlanNames}).
 */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	/** The kinds of things the modules record; a kind not listed here can still be asked for in the URL. */
	static final List<String> TYPES = List.of("PLAN", "SECTION", "REFERENCE", "PARTY", "SHORTLIST", "ITEM",
			"INDICATOR", "STATUS", "MEASUREMENT", "USER", "PARTY_MEMBER", "VERSION", "ROUND");

	/** A row with its time in the hospital's time zone and its old and new values in the reader's words. */
	record Line(AuditEntry entry, String actorName, String planCode, ZonedDateTime at, String before, String after) {
	}

	private final AuditSearch search;

	private final UserNames users;

	private final PlanNames plans;

	private final Clock clock;

	private final MessageSource messages;

	private final AuditValues values;

	AuditPage(AuditSearch search, UserNames users, PlanNames plans, Clock clock, MessageSource messages,
			AuditValues values) {
		this.values = values;
		this.search = search;
		this.users = users;
		this.plans = plans;
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
		List<UserName> people = users.users();
		List<PlanName> planChoices = plans.plans();
		List<Line> lines = List.of();
		String next = null;
		if (problems.isEmpty()) {
			Page page = search.search(filter, before, PAGE_SIZE);
			Map<String, String> names = people.stream()
				.filter(person -> person.displayName() != null)
				.collect(Collectors.toMap(UserName::username, UserName::displayName, (a, b) -> a));
			Map<Long, PlanName> plansById = planChoices.stream()
				.collect(Collectors.toMap(PlanName::id, Function.identity()));
			lines = page.entries().stream().map(entry -> line(entry, names, plansById, locale)).toList();
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
		List<UserName> actors = new ArrayList<>(people);
		actors.add(new UserName(AuditLog.SYSTEM, null));
		model.addAttribute("actors", actors);
		model.addAttribute("plans", planChoices);
		List<String> types = new ArrayList<>(TYPES);
		if (filter.type() != null && !types.contains(filter.type())) {
			types.add(filter.type());
		}
		model.addAttribute("types", types);
		return "audit/audit";
	}

	/** The entry with its actor's name (none for the application itself) and its plan's code (none once deleted). */
	private Line line(AuditEntry entry, Map<String, String> names, Map<Long, PlanName> plansById, Locale locale) {
		PlanName plan = entry.planId() == null ? null : plansById.get(entry.planId());
		return new Line(entry, names.get(entry.actor()), plan == null ? null : plan.code(),
				entry.at().atZone(clock.getZone()), values.before(entry, locale), values.after(entry, locale));
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
