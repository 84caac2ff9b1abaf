package no.planspor.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.planspor.plan.PlanKind;
import no.planspor.web.Dates;
import no.planspor.web.ThreeWayMerge;

/**
 * What the item form says after a stale save was joined with what is stored: which fields came from the
 * other save, which kept what the person typed, and each field both changed, with the two values and the
 * person's choice so far. Values are written for reading: kinds in words, dates the reader's way, codes
 * joined by commas.
 *
 * @param stale true right after the stale save; false when the person confirms and some choice is missing
 */
record ItemMerge(boolean stale, List<String> theirs, List<String> mine, List<Clash> clashes) {

	/** A field both sides changed: what the person typed, what is stored, and "mine", "stored" or null. */
	record Clash(String key, String label, String typed, String stored, String choice) {
	}

	/** Words for the merge page: a field's label, and a kind's name in this plan. */
	interface Words {

		String label(String key);

		String kind(String kind);
	}

	static ItemMerge of(ThreeWayMerge.Result merge, Map<String, String> typed, Map<String, String> stored,
			Map<String, String> choices, Words words, Locale locale) {
		return new ItemMerge(true, merge.theirs().stream().map(words::label).toList(),
				merge.mine().stream().map(words::label).toList(),
				clashes(merge.clashes(), typed, stored, choices, words, locale));
	}

	/** The clashes still to decide when the person confirmed without choosing for each. */
	static ItemMerge undecided(List<String> clashes, Map<String, String> typed, Map<String, String> stored,
			Map<String, String> choices, Words words, Locale locale) {
		return new ItemMerge(false, List.of(), List.of(), ItemMerge.clashes(clashes, typed, stored, choices, words, locale));
	}

	private static List<Clash> clashes(List<String> keys, Map<String, String> typed, Map<String, String> stored,
			Map<String, String> choices, Words words, Locale locale) {
		return keys.stream()
			.map(key -> new Clash(key, words.label(key), readable(key, typed.get(key), words, locale),
					readable(key, stored.get(key), words, locale), choices.get(key)))
			.toList();
	}

	/** A value in {@link ItemForm#values()}' form as a person reads it. */
	static String readable(String key, String value, Words words, Locale locale) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return switch (key) {
			case "kind" -> words.kind(value);
			case "deadline" -> {
				try {
					yield Dates.day(LocalDate.parse(value), locale);
				}
				catch (DateTimeParseException notADate) {
					yield value;
				}
			}
			case "responsible", "strategyRefs", "seeAlso" -> String.join(", ", Arrays.asList(value.split("\n")));
			default -> value;
		};
	}

	static Words words(PlanEditor editor, PlanKind planKind, Locale locale) {
		return new Words() {

			@Override
			public String label(String key) {
				return editor.text(locale, ItemFormPages.LABELS + key);
			}

			@Override
			public String kind(String kind) {
				return editor.text(locale, "plan.kind." + planKind + "." + kind);
			}
		};
	}
}
