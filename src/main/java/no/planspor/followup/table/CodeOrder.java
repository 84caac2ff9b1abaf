package no.planspor.followup.table;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders item codes the way people read them: numbers as numbers ("T1.2" before "T1.10"), and the
 * roman numerals that TIK gives its measures as numbers too ("1a.iv" before "1a.ix" before "1a.x").
 * Letters compare as Norwegian text, ignoring case; spaces and brackets do not count ("T1.6 c)"
 * before "T1.6d)").
 *
 * <p>A roman numeral is recognised only as a whole dot-separated segment of lowercase numerals
 * ("ii" in "1a.ii"), so the letter in "1a" or "T1.1 c)" stays a letter.
 */
public final class CodeOrder implements Comparator<String> {

	public static final CodeOrder INSTANCE = new CodeOrder();

	private static final Pattern ROMAN = Pattern.compile("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

	private static final Pattern RUN = Pattern.compile("\\d+|[^\\d]+");

	private static final Collator NORWEGIAN = collator();

	private CodeOrder() {
	}

	@Override
	public int compare(String a, String b) {
		List<Object> left = key(a);
		List<Object> right = key(b);
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			Object x = left.get(i);
			Object y = right.get(i);
			int order;
			if (x instanceof Long m && y instanceof Long n) {
				order = Long.compare(m, n);
			}
			else if (x instanceof String s && y instanceof String t) {
				order = NORWEGIAN.compare(s, t);
			}
			else {
				// A number before a word: "T1" before "Ta".
				order = x instanceof Long ? -1 : 1;
			}
			if (order != 0) {
				return order;
			}
		}
		int order = Integer.compare(left.size(), right.size());
		return order != 0 ? order : a.compareTo(b);
	}

	/** The code as a list of numbers and words, with "." as a separator of its own. */
	static List<Object> key(String code) {
		List<Object> key = new ArrayList<>();
		String[] segments = code.split("\\.", -1);
		for (int s = 0; s < segments.length; s++) {
			if (s > 0) {
				key.add(".");
			}
			String segment = segments[s].replaceAll("[\\s()\\[\\]]+", "");
			if (!segment.isEmpty() && ROMAN.matcher(segment).matches()) {
				key.add(roman(segment));
				continue;
			}
			Matcher run = RUN.matcher(segment);
			while (run.find()) {
				String part = run.group();
				key.add(Character.isDigit(part.charAt(0)) ? parse(part) : part);
			}
		}
		return key;
	}

	private static long parse(String digits) {
		// Very long digit runs are not codes anyone types; keep the order stable without overflowing.
		return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
	}

	private static long roman(String numeral) {
		long total = 0;
		for (int i = 0; i < numeral.length(); i++) {
			int value = value(numeral.charAt(i));
			int next = i + 1 < numeral.length() ? value(numeral.charAt(i + 1)) : 0;
			total += value < next ? -value : value;
		}
		return total;
	}

	private static int value(char c) {
		return switch (c) {
			case 'i' -> 1;
			case 'v' -> 5;
			case 'x' -> 10;
			case 'l' -> 50;
			case 'c' -> 100;
			case 'd' -> 500;
			case 'm' -> 1000;
			default -> 0;
		};
	}

	private static Collator collator() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nb"));
		collator.setStrength(Collator.SECONDARY);
		return collator;
	}
}
