package no.planspor.plan;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import no.planspor.account.UserAccounts;
import no.planspor.audit.AuditEntry;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditTrail;
import no.planspor.audit.AuditValues;

/**
 * An item's history for its page: every recorded change to the item, its indicators, status and
 * measurements, newest first, with who made it by name and when in Norwegian time. Used from the
 * item page's template as {@code @itemHistory}.
 */
@Component("itemHistory")
public class ItemHistory {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/**
	 * One change as shown: the entry, who by name (null for the application itself), when, and its
	 * old and new values in the reader's words.
	 */
	public record Line(AuditEntry entry, String actorName, LocalDateTime at, String before, String after) {

		public boolean bySystem() {
			return AuditLog.SYSTEM.equals(entry.actor());
		}
	}

	private final AuditTrail trail;

	private final UserAccounts accounts;

	private final AuditValues values;

	ItemHistory(AuditTrail trail, UserAccounts accounts, AuditValues values) {
		this.trail = trail;
		this.accounts = accounts;
		this.values = values;
	}

	/**
	 * At most two statements whatever the history's length: the entries, and (when people, not only
	 * the application, made them) the names of everyone who did.
	 */
	public List<Line> of(long itemId) {
		List<AuditEntry> entries = trail.forItem(itemId);
		Set<String> people = entries.stream()
			.map(AuditEntry::actor)
			.filter(actor -> !AuditLog.SYSTEM.equals(actor))
			.collect(Collectors.toSet());
		// One statement for all names (as the audit page does): a name per person is a statement per person.
		Map<String, String> names = people.isEmpty() ? Map.of() : accounts.displayNames(people);
		Locale locale = LocaleContextHolder.getLocale();
		return entries.stream()
			.map(entry -> new Line(entry, names.get(entry.actor()), LocalDateTime.ofInstant(entry.at(), OSLO),
					values.before(entry, locale), values.after(entry, locale)))
			.toList();
	}
}
