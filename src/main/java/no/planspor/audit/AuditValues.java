package no.planspor.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Shows a change's old or new value as a person reads it: a value with a kind in the words of the
 * module that owns the kind, old text that a module recognises in its words, and any other text
 * (a title, a code) as it was written. The audit page and the item history both show values through this.
 */
@Component
public class AuditValues {

	private final ObjectProvider<AuditValueWords> words;

	private volatile List<AuditValueWords> all;

	private volatile Map<String, AuditValueWords> byKind;

	// A provider, so that the audit module starts on its own (in its module test) with no words at all.
	AuditValues(ObjectProvider<AuditValueWords> words) {
		this.words = words;
	}

	private void load() {
		if (all == null) {
			List<AuditValueWords> modules = words.orderedStream().toList();
			Map<String, AuditValueWords> kinds = new HashMap<>();
			modules.forEach(module -> module.kinds().forEach(kind -> kinds.put(kind, module)));
			byKind = kinds;
			all = modules;
		}
	}

	/** The entry's old value in words, or null when it had none. */
	public String before(AuditEntry entry, Locale locale) {
		return show(entry.entityType(), entry.field(), entry.oldValue(), locale);
	}

	/** The entry's new value in words, or null when it has none. */
	public String after(AuditEntry entry, Locale locale) {
		return show(entry.entityType(), entry.field(), entry.newValue(), locale);
	}

	String show(String entityType, String field, String stored, Locale locale) {
		if (stored == null || stored.isEmpty()) {
			return stored;
		}
		load();
		Optional<AuditValue> value = AuditValue.parse(stored);
		if (value.isPresent()) {
			AuditValueWords words = byKind.get(value.get().kind());
			// A kind no module claims any more: its raw parts still say more than nothing.
			return words == null ? String.join(" ", value.get().parts().stream().map(String::valueOf).toList())
					: words.words(value.get(), locale);
		}
		for (AuditValueWords module : all) {
			Optional<String> words = module.oldText(entityType, field, stored, locale);
			if (words.isPresent()) {
				return words.get();
			}
		}
		return stored;
	}
}
