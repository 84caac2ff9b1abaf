package no.planspor.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.plan.Target;

/** Says an indicator's target in words, for templates: {@code ${@reportTargets.describe(target, #locale)}}. */
@Component("reportTargets")
class TargetTexts {

	private final MessageSource messages;

	TargetTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(Target target, Locale locale) {
		if (target == null || target.kind() == null) {
			return null;
		}
		BigDecimal value = target.value();
		String unit = target.unit() == null ? "" : target.unit();
		List<String> parts = new ArrayList<>();
		parts.add(switch (target.kind()) {
			case COUNT, PERCENT, INCREASE_PERCENT -> text("report.target." + target.kind(), locale, orZero(value), unit);
			case AMOUNT -> text("report.target.AMOUNT", locale, orZero(value), unit.isEmpty() ? "NOK" : unit);
			case MILESTONE -> text("report.target.MILESTONE", locale);
			case RECURRING -> text("report.target.RECURRING", locale, value == null ? BigDecimal.ONE : value);
		});
		if (target.baseline() != null && target.baseline().value() != null) {
			parts.add(target.baseline().asOf() == null
					? text("report.target.baseline", locale, target.baseline().value())
					: text("report.target.baseline.on", locale, target.baseline().value(),
							date(target.baseline().asOf(), locale)));
		}
		if (target.per() != null) {
			parts.add(text("report.target.per." + target.per(), locale));
		}
		if (target.due() != null) {
			parts.add(text("report.target.due", locale, date(target.due(), locale)));
		}
		return String.join(" ", parts).trim();
	}

	String date(java.time.LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(text("report.date.format", locale), locale).format(date);
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
