package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.followup.IndicatorProgress.Level;
import no.planspor.followup.IndicatorProgress;
import no.planspor.plan.Target;
import no.planspor.web.Dates;

/**
 * Says measured values and progress in the reader's words, for templates:
 * {@code ${@indicatorWords.number(value, #locale)}}, {@code ${@indicatorWords.standing(view, #locale)}}.
 */
@Component("indicatorWords")
public class IndicatorWords {

	private final MessageSource messages;

	IndicatorWords(MessageSource messages) {
		this.messages = messages;
	}

	/** "30 000 000", "12,5": grouped, at most two decimals, as the reader writes numbers. */
	public String number(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/** A value with the target's unit: "3 PhD", "50 %", "30 000 000 NOK", "2" (no unit). */
	public String amount(BigDecimal value, Target target, Locale locale) {
		String number = number(value, locale);
		if (target == null || target.unit() == null || target.unit().isBlank()
				|| target.kind() == Target.Kind.INCREASE_PERCENT) {
			return number;
		}
		return number + "\u00a0" + target.unit();
	}

	/**
	 * Where the indicator stands, in a line: "Nå: 2 av 3 PhD", "I år: 1 av 1", "Gjennomført". Null
	 * when nothing is measured (the progress badge says so).
	 */
	public String standing(IndicatorView view, Locale locale) {
		IndicatorProgress p = view.progress();
		Target target = view.target();
		if (target == null || p.level() == Level.NO_TARGET || view.values().isEmpty()) {
			return null;
		}
		if (target.kind() == Target.Kind.MILESTONE) {
			return text(p.level() == Level.MET ? "indicator.standing.milestone.done" : "indicator.standing.milestone.open",
					locale);
		}
		if (p.current() == null) {
			return view.isPerYear() ? text("indicator.standing.none-this-year", locale) : null;
		}
		if (target.kind() == Target.Kind.INCREASE_PERCENT) {
			BigDecimal base = target.baseline() != null && target.baseline().value() != null ? target.baseline().value()
					: view.values().get(view.values().size() - 1).value();
			return text("indicator.standing.increase", locale, number(p.current(), locale), number(p.goal(), locale),
					number(base, locale));
		}
		String goal = p.goal() == null ? "?" : amount(p.goal(), target, locale);
		return text(view.isPerYear() ? "indicator.standing.year" : "indicator.standing.plan", locale,
				number(p.current(), locale), goal);
	}

	/** When a value was recorded, in Norwegian time and the reader's words: "2. oktober 2026 kl. 09:14". */
	public String recorded(Instant at, Locale locale) {
		return Dates.dayAndTime(at, locale);
	}

	/**
	 * A target in words: "minst 3 PhD i planperioden innen 31. desember 2025", "30 000 000 NOK per
	 * år", "økning på 20 % fra 12 (1. januar 2025)". Null without a target.
	 */
	public String target(Target target, Locale locale) {
		if (target == null || target.kind() == null) {
			return null;
		}
		BigDecimal value = target.value() == null ? BigDecimal.ZERO : target.value();
		String unit = target.unit() == null ? "" : target.unit();
		List<String> parts = new ArrayList<>();
		parts.add(switch (target.kind()) {
			case COUNT, PERCENT, INCREASE_PERCENT -> text("target.words." + target.kind(), locale, value, unit);
			case AMOUNT -> text("target.words.AMOUNT", locale, value, unit.isEmpty() ? "NOK" : unit);
			case MILESTONE -> text("target.words.MILESTONE", locale);
			case RECURRING -> text("target.words.RECURRING", locale,
					target.value() == null ? BigDecimal.ONE : target.value());
		});
		if (target.baseline() != null && target.baseline().value() != null) {
			parts.add(target.baseline().asOf() == null
					? text("target.words.baseline", locale, target.baseline().value())
					: text("target.words.baseline.on", locale, target.baseline().value(),
							date(target.baseline().asOf(), locale)));
		}
		if (target.per() != null) {
			parts.add(text("target.words.per." + target.per(), locale));
		}
		if (target.due() != null) {
			parts.add(text("target.words.due", locale, date(target.due(), locale)));
		}
		return String.join(" ", parts).trim();
	}

	/** "1. oktober 2026", "1 October 2026". */
	public String date(LocalDate date, Locale locale) {
		return Dates.day(date, locale);
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}
}
