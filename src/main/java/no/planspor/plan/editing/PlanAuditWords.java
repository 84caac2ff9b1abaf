package no.planspor.plan.editing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.audit.AuditValue;
import no.planspor.audit.AuditValueWords;
import no.planspor.plan.PartyKind;
import no.planspor.plan.PlanStatus;
import no.planspor.web.Dates;

/**
 * Puts the plan module's recorded values in the reader's words: counts with the right plural (what
 * went with a deleted item, "2 punkter under, 1 indikator"; how many items an import brought,
 * "39 punkter"), a plan's status, a party's kind and a plan's adoption date.
 */
@Component
class PlanAuditWords implements AuditValueWords {

	/** [items below, indicators] */
	static final String ARCHIVED_WITH = "archived-with";

	/** [items] */
	static final String IMPORTED = "imported";

	/** [DRAFT, SUBMITTED, ADOPTED or ARCHIVED] */
	static final String PLAN_STATUS = "plan-status";

	/** [ROLE, BODY or UNIT] */
	static final String PARTY_KIND = "party-kind";

	/** [an ISO date] */
	static final String DATE = "date";

	private static final Pattern OLD_ARCHIVED_WITH = Pattern.compile("(\\d+) items below, (\\d+) indicators");

	private static final String ISO_DAY = "\\d{4}-\\d{2}-\\d{2}";

	private static final Pattern OLD_IMPORTED = Pattern.compile("(\\d+) items");

	private final MessageSource messages;

	PlanAuditWords(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ARCHIVED_WITH, IMPORTED, PLAN_STATUS, PARTY_KIND, DATE);
	}

	@Override
	public String words(AuditValue value, Locale locale) {
		return switch (value.kind()) {
			case ARCHIVED_WITH -> archivedWith(value.part(0), value.part(1), locale);
			case PLAN_STATUS -> word("plan.status.", value.part(0), locale);
			case PARTY_KIND -> word("plan.party-kind.", value.part(0), locale);
			case DATE -> date(value.part(0), locale);
			default -> imported(value.part(0), locale);
		};
	}

	@Override
	public Optional<String> oldText(String entityType, String field, String text, Locale locale) {
		Matcher m;
		if ("ITEM".equals(entityType) && (m = OLD_ARCHIVED_WITH.matcher(text)).matches()) {
			return Optional.of(archivedWith(m.group(1), m.group(2), locale));
		}
		if ("PLAN".equals(entityType) && (m = OLD_IMPORTED.matcher(text)).matches()) {
			return Optional.of(imported(m.group(1), locale));
		}
		if ("PLAN".equals(entityType) && "status".equals(field) && text.matches("DRAFT|SUBMITTED|ADOPTED|ARCHIVED")) {
			return Optional.of(word("plan.status.", text, locale));
		}
		if ("PLAN".equals(entityType) && "adoptedOn".equals(field) && text.matches(ISO_DAY)) {
			return Optional.of(date(text, locale));
		}
		// An item's deadline is recorded as it is shown in a conflict (ItemField.shown): an ISO day.
		if ("ITEM".equals(entityType) && ItemField.DEADLINE.key().equals(field) && text.matches(ISO_DAY)) {
			return Optional.of(date(text, locale));
		}
		if ("PARTY".equals(entityType) && "kind".equals(field) && text.matches("ROLE|BODY|UNIT")) {
			return Optional.of(word("plan.party-kind.", text, locale));
		}
		return Optional.empty();
	}

	static AuditValue planStatus(PlanStatus status) {
		return status == null ? null : AuditValue.of(PLAN_STATUS, status);
	}

	static AuditValue partyKind(PartyKind kind) {
		return kind == null ? null : AuditValue.of(PARTY_KIND, kind);
	}

	static AuditValue date(LocalDate date) {
		return date == null ? null : AuditValue.of(DATE, date);
	}

	private String word(String prefix, String code, Locale locale) {
		return messages.getMessage(prefix + code, null, String.valueOf(code), locale);
	}

	/** A recorded date the reader's way ("3. desember 2026", "3 December 2026"), as every page writes dates. */
	private static String date(String iso, Locale locale) {
		try {
			return Dates.day(LocalDate.parse(iso), locale);
		}
		catch (DateTimeException notADate) {
			return iso;
		}
	}

	private String archivedWith(String below, String indicators, Locale locale) {
		return messages.getMessage("plan.audit.archived-with", new Object[] { count(below), count(indicators) }, locale);
	}

	private String imported(String items, Locale locale) {
		return messages.getMessage("plan.audit.imported", new Object[] { count(items) }, locale);
	}

	private static int count(String number) {
		return number == null ? 0 : Integer.parseInt(number);
	}
}
