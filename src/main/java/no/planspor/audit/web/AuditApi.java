package no.planspor.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.audit.AuditEntry;
import no.planspor.audit.AuditTrail;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/**
 * {@code GET /api/audit?since=…&limit=…}: the changes at or after {@code since} (an instant such as
 * {@code 2026-05-11T08:00:00Z}, a time with offset, or a date meaning its start in Norwegian time;
 * default: from the beginning), oldest first, at most {@code limit} (default 100, 1–1000). To follow
 * the log, ask again with the last entry's {@code at} and skip the ids already seen.
 */
@RestController
class AuditApi {

	static final int DEFAULT_LIMIT = 100;

	/** One change as the API tells it. */
	record Event(long id, Instant at, String actor, String action, String entityType, Long entityId, Long planId,
			Long itemId, String label, String field, @JsonProperty("old") String oldValue,
			@JsonProperty("new") String newValue) {

		static Event of(AuditEntry entry) {
			return new Event(entry.id(), entry.at(), entry.actor(), entry.action(), entry.entityType(),
					entry.entityId(), entry.planId(), entry.itemId(), entry.label(), entry.field(), entry.oldValue(),
					entry.newValue());
		}
	}

	private final AuditTrail trail;

	private final Clock clock;

	AuditApi(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping("/api/audit")
	@PreAuthorize("hasRole('ADMIN')")
	List<Event> events(@RequestParam(required = false) String since, @RequestParam(required = false) String limit) {
		List<Problem> problems = new ArrayList<>();
		Instant from = since(since, problems);
		int count = limit(limit, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return trail.since(from, count).stream().map(Event::of).toList();
	}

	private Instant since(String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return Instant.EPOCH;
		}
		String value = text.strip();
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException notAnInstant) {
			// Try the other accepted shapes below.
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			// Try a date.
		}
		try {
			return LocalDate.parse(value).atStartOfDay(clock.getZone()).toInstant();
		}
		catch (DateTimeParseException notADate) {
			problems.add(Problem.of("since", "audit.api.since", value));
			return null;
		}
	}

	private static int limit(String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(text.strip());
			if (limit >= 1 && limit <= AuditTrail.MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException notANumber) {
			// Told below, like a number out of range.
		}
		problems.add(Problem.of("limit", "audit.api.limit", text, AuditTrail.MAX_LIMIT));
		return 0;
	}
}
