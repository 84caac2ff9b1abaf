package no.planspor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one home of how a date is written for a person: the Norwegian way in bokmål ("3. desember 2026",
 * "3. desember 2026 kl. 14:05"), the English way in English ("3 December 2026", "3 December 2026, 14:05"),
 * never ISO ("2026-12-03", which stays for addresses, files and the API). Templates call
 * {@code ${@dates.day(d)}} and {@code ${@dates.dayAndTime(t)}}; problem messages get their date arguments
 * written through {@link #readable(Object[], Locale)} ({@link FormErrors}, {@link ProblemDetails}).
 */
@Component("dates")
public class Dates {

	/** Planspor's time everywhere: a hospital in Oslo. */
	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter BOKMAL_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

	private static final DateTimeFormatter BOKMAL_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
			Locale.forLanguageTag("nb"));

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

	/** A day in the reader's language; empty for none. */
	public String day(TemporalAccessor date) {
		return day(date, LocaleContextHolder.getLocale());
	}

	/** A moment, to the minute, in Norwegian time and the reader's language; empty for none. */
	public String dayAndTime(Object moment) {
		return dayAndTime(moment, LocaleContextHolder.getLocale());
	}

	/** Today as {@link #day(TemporalAccessor)} writes it (the print date). */
	public String today() {
		return day(LocalDate.now(OSLO));
	}

	public static String day(TemporalAccessor date, Locale locale) {
		return date == null ? "" : (english(locale) ? ENGLISH_DAY : BOKMAL_DAY).format(date);
	}

	public static String dayAndTime(Object moment, Locale locale) {
		ZonedDateTime local;
		if (moment == null) {
			return "";
		}
		else if (moment instanceof Instant instant) {
			local = instant.atZone(OSLO);
		}
		else if (moment instanceof ZonedDateTime zoned) {
			local = zoned.withZoneSameInstant(OSLO);
		}
		else if (moment instanceof OffsetDateTime offset) {
			local = offset.atZoneSameInstant(OSLO);
		}
		else if (moment instanceof LocalDateTime plain) {
			local = plain.atZone(OSLO);
		}
		else {
			throw new IllegalArgumentException("Not a moment: " + moment.getClass());
		}
		return (english(locale) ? ENGLISH_TIME : BOKMAL_TIME).format(local);
	}

	/**
	 * A message's arguments with the dates written for the reader; the rest as they are. A problem keeps
	 * its {@code LocalDate} (the API's callers get the ISO date in the path they sent), and is told here.
	 */
	public static Object[] readable(Object[] args, Locale locale) {
		if (args == null) {
			return null;
		}
		Object[] readable = args.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof LocalDate date) {
				readable[i] = day(date, locale);
			}
			else if (readable[i] instanceof Instant || readable[i] instanceof LocalDateTime
					|| readable[i] instanceof ZonedDateTime) {
				readable[i] = dayAndTime(readable[i], locale);
			}
		}
		return readable;
	}

	private static boolean english(Locale locale) {
		return locale != null && locale.getLanguage().equals("en");
	}
}
