package no.planspor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A date reads the Norwegian way in bokmål and the English way in English, in pages and in problems. */
class DatesTest {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	@Test
	void aDayInEachLanguage() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		assertThat(Dates.day(day, BOKMAL)).isEqualTo("3. desember 2026");
		assertThat(Dates.day(day, Locale.ENGLISH)).isEqualTo("3 December 2026");
		assertThat(Dates.day(null, BOKMAL)).isEmpty();
	}

	@Test
	void aMomentInNorwegianTime() {
		Instant moment = Instant.parse("2026-06-30T22:05:00Z");
		assertThat(Dates.dayAndTime(moment, BOKMAL)).isEqualTo("1. juli 2026 kl. 00:05");
		assertThat(Dates.dayAndTime(moment, Locale.ENGLISH)).isEqualTo("1 July 2026, 00:05");
	}

	@Test
	void aProblemsDateArgumentsAreWrittenForTheReaderAndTheRestKept() {
		Object[] args = { LocalDate.of(2021, 6, 1), 2022, "x" };
		assertThat(Dates.readable(args, BOKMAL)).containsExactly("1. juni 2021", 2022, "x");
		assertThat(Dates.readable(args, Locale.ENGLISH)).containsExactly("1 June 2021", 2022, "x");
		assertThat(args[0]).isEqualTo(LocalDate.of(2021, 6, 1));
	}
}
