package no.planspor.followup.indicator;

import java.math.BigDecimal;
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
import no.planspor.plan.Target;

/**
 * Puts follow-up's recorded values in the reader's words for the audit page and the item history:
 * a status ("Forsinket per 3. desember 2026 (40 %)"), a measurement ("2 per 3. desember 2026,
 * registrert for hånd") and an indicator's target ("minst 3 studier i planperioden"), both as
 * written now ({@link AuditValue}) and as written before values had kinds.
 */
@Component
public class FollowUpAuditWords implements AuditValueWords {

	/** [state, as-of date, progress or null] */
	public static final String STATUS = "status";

	/** [value, as-of date, source] */
	public static final String MEASUREMENT = "measurement";

	/**
	 * [kind, value, unit, per, baseline value, baseline date, due]; any but the kind may be null.
	 * The plan module writes it (it keeps targets; {@code Target.auditValue()}), this one words it.
	 */
	public static final String TARGET = "target";

	private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

	private static final Pattern OLD_STATUS = Pattern.compile("([A-Z_]+) per " + DATE + "(?: \\((\\d+) %\\))?");

	private static final Pattern OLD_MEASUREMENT = Pattern.compile("(-?[\\d.]+) per " + DATE + " \\(([A-Z]+)\\)");

	private static final Pattern OLD_TARGET = Pattern.compile("(COUNT|PERCENT|INCREASE_PERCENT|AMOUNT|MILESTONE|RECURRING)"
			+ "(?: (-?[\\d.]+))?(?: (.*?))?(?: per (YEAR|PLAN))?(?:, from (\\S+)(?: at " + DATE + ")?)?(?:, due " + DATE
			+ ")?");

	private final MessageSource messages;

	private final IndicatorWords indicatorWords;

	FollowUpAuditWords(MessageSource messages, IndicatorWords indicatorWords) {
		this.messages = messages;
		this.indicatorWords = indicatorWords;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(STATUS, MEASUREMENT, TARGET);
	}

	@Override
	public String words(AuditValue value, Locale locale) {
		return switch (value.kind()) {
			case STATUS -> status(value.part(0), value.part(1), value.part(2), locale);
			case MEASUREMENT -> measurement(value.part(0), value.part(1), value.part(2), locale);
			case TARGET -> target(value, locale);
			default -> String.join(" ", value.parts());
		};
	}

	@Override
	public Optional<String> oldText(String entityType, String field, String text, Locale locale) {
		Matcher m;
		if ("STATUS".equals(entityType) && (m = OLD_STATUS.matcher(text)).matches()) {
			return Optional.of(status(m.group(1), m.group(2), m.group(3), locale));
		}
		if ("MEASUREMENT".equals(entityType) && (m = OLD_MEASUREMENT.matcher(text)).matches()) {
			return Optional.of(measurement(m.group(1), m.group(2), m.group(3), locale));
		}
		if ("INDICATOR".equals(entityType) && "target".equals(field) && (m = OLD_TARGET.matcher(text)).matches()) {
			return Optional.of(target(AuditValue.of(TARGET, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
					m.group(6), m.group(7)), locale));
		}
		return Optional.empty();
	}

	private String status(String state, String asOf, String progress, Locale locale) {
		String stateWords = messages.getMessage("state." + state, null, state, locale);
		return progress == null
				? messages.getMessage("followup.audit.status", new Object[] { stateWords, date(asOf, locale) }, locale)
				: messages.getMessage("followup.audit.status.progress",
						new Object[] { stateWords, date(asOf, locale), progress }, locale);
	}

	private String measurement(String value, String asOf, String source, Locale locale) {
		String number = value == null ? "" : indicatorWords.number(new BigDecimal(value), locale);
		String sourceWords = messages.getMessage("followup.audit.source." + source, null, String.valueOf(source), locale);
		return messages.getMessage("followup.audit.measurement", new Object[] { number, date(asOf, locale), sourceWords },
				locale);
	}

	private String target(AuditValue value, Locale locale) {
		try {
			Target target = new Target(Target.Kind.valueOf(value.part(0)), number(value.part(1)), value.part(2),
					value.part(3) == null ? null : Target.Per.valueOf(value.part(3)),
					value.part(4) == null && value.part(5) == null ? null
							: new Target.Baseline(number(value.part(4)), day(value.part(5))),
					day(value.part(6)));
			return indicatorWords.target(target, locale);
		}
		catch (IllegalArgumentException | java.time.DateTimeException notATarget) {
			return String.join(" ", value.parts().stream().map(String::valueOf).toList());
		}
	}

	/**
	 * A recorded date in the reader's way of writing dates. The one place this class formats a
	 * date; it goes through {@link IndicatorWords#date}, the module's locale-aware formatter.
	 */
	private String date(String iso, Locale locale) {
		LocalDate day = day(iso);
		return day == null ? "" : indicatorWords.date(day, locale);
	}

	private static LocalDate day(String iso) {
		return iso == null || "?".equals(iso) ? null : LocalDate.parse(iso);
	}

	private static BigDecimal number(String text) {
		return text == null || "?".equals(text) ? null : new BigDecimal(text);
	}
}
