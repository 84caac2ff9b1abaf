package no.planspor.followup.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import no.planspor.plan.Target.Kind;
import no.planspor.plan.Target.Per;
import no.planspor.plan.Target;

/** A target said in words, as the item page, the indicator panel and the target form show it. */
class TargetInWordsTest {

	static final Locale NB = Locale.forLanguageTag("nb");

	private final IndicatorWords texts = new IndicatorWords(messages());

	@Test
	void saysTheTargetInTheReadersLanguage() {
		Target phds = new Target(Kind.COUNT, new BigDecimal("3"), "PhD", Per.PLAN, null, LocalDate.of(2025, 12, 31));

		assertThat(texts.target(phds, NB)).isEqualTo("minst 3 PhD i planperioden innen 31. desember 2025");
		assertThat(texts.target(phds, Locale.ENGLISH)).isEqualTo("at least 3 PhD over the plan period by 31 December 2025");
	}

	@Test
	void everyKindReadsNaturally() {
		// Grouped the Norwegian way, with non-breaking spaces.
		assertThat(texts.target(new Target(Kind.AMOUNT, new BigDecimal("30000000"), null, Per.YEAR, null, null), NB))
			.matches("30\\h000\\h000 NOK per år")
			.doesNotContain("30 000");
		assertThat(texts.target(new Target(Kind.PERCENT, new BigDecimal("50"), "%", null, null, null), NB))
			.isEqualTo("minst 50 %");
		assertThat(texts.target(new Target(Kind.INCREASE_PERCENT, new BigDecimal("20"), null, null,
				new Target.Baseline(new BigDecimal("12"), LocalDate.of(2025, 1, 1)), null), NB))
			.isEqualTo("økning på 20 % fra 12 (1. januar 2025)");
		assertThat(texts.target(new Target(Kind.MILESTONE, null, null, null, null, null), NB)).isEqualTo("gjennomført");
		assertThat(texts.target(new Target(Kind.RECURRING, null, null, Per.YEAR, null, null), NB)).isEqualTo("1 gang per år");
		assertThat(texts.target(new Target(Kind.RECURRING, new BigDecimal("2"), null, Per.YEAR, null, null), Locale.ENGLISH))
			.isEqualTo("2 times per year");
		assertThat(texts.target(null, NB)).isNull();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("no/planspor/followup/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
