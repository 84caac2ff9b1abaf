package no.planspor.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recorded value in no language: what kind of value it is ("status", "role", "target", …) and its
 * raw parts (codes, numbers, ISO dates), stored as a JSON array {@code ["status","DELAYED","2026-12-03"]}
 * in the change's old or new value. The module that owns the kind puts it in the reader's words
 * ({@link AuditValueWords}); writing words at record time would fix them in one language forever.
 */
public record AuditValue(String kind, List<String> parts) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public AuditValue {
		parts = parts == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(parts));
	}

	/** A value of {@code kind}; a null part stays null (an absent progress, say). */
	public static AuditValue of(String kind, Object... parts) {
		return new AuditValue(kind, Arrays.stream(parts).map(part -> part == null ? null : part.toString()).toList());
	}

	/** The {@code i}th part, or null when there is none. */
	public String part(int i) {
		return i < parts.size() ? parts.get(i) : null;
	}

	/** As stored in the audit log. */
	public String text() {
		List<String> all = new ArrayList<>();
		all.add(kind);
		all.addAll(parts);
		return JSON.writeValueAsString(all);
	}

	@Override
	public String toString() {
		return text();
	}

	/** The value stored as {@link #text()}; empty for anything else, such as text written before values had kinds. */
	public static Optional<AuditValue> parse(String stored) {
		if (stored == null || !stored.startsWith("[\"")) {
			return Optional.empty();
		}
		try {
			JsonNode array = JSON.readTree(stored);
			if (!array.isArray() || array.isEmpty() || !array.get(0).isString()) {
				return Optional.empty();
			}
			List<String> parts = new ArrayList<>();
			for (int i = 1; i < array.size(); i++) {
				JsonNode part = array.get(i);
				if (!part.isNull() && !part.isString()) {
					return Optional.empty();
				}
				parts.add(part.isNull() ? null : part.asString());
			}
			return Optional.of(new AuditValue(array.get(0).asString(), parts));
		}
		catch (JacksonException notOurs) {
			return Optional.empty();
		}
	}
}
