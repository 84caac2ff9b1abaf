package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.planspor.plan.Target.Kind;
import no.planspor.plan.Target.Per;
import no.planspor.plan.Target;

/**
 * Proposes a structured {@link Target} from the free text of a Norwegian result indicator
 * ("Minst 3 PhD gjennom næringslivssamarbeid" → COUNT 3 PhD). The proposal is only a suggestion:
 * a person confirms or edits it. So the parser never guesses a number; where the text does not
 * say, or says several different things, it proposes nothing. The rules are described in
 * {@code docs/targets.md}. Stateless and thread-safe: all patterns are compiled once.
 */
public final class TargetParser {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	// Norwegian numbers: thousands grouped by space or "." ("30 000", "1.000"), decimal comma ("2,5").
	private static final String NUM = "(?:\\d{1,3}(?:[ .]\\d{3})+(?!\\d)|\\d+)(?:,\\d+)?";

	// A number, or a range "1-2" (we keep the lower bound: "1-2 miljøer" promises at least 1).
	// Digits glued to letters or dots are names and references, not quantities ("Inven2", "T2.1d", "3D"),
	// and "2.5" (English decimal point) is refused rather than misread.
	// Number words are read only after "minst"/"min.", because "en"/"ett" are also the indefinite
	// article and "to"/"tre"/"ni" are ordinary words.
	private static final Pattern NUMBER = Pattern.compile(
			"(?<![\\w.,])(?<from>" + NUM + ")(?:\\s*[-–]\\s*(?<to>" + NUM + "))?(?!\\w|[.,]\\d)"
					+ "|(?<=\\b(?:minst|min\\.) )(?<word>en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\\b",
			FLAGS);

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("en", 1), Map.entry("ett", 1),
			Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6),
			Map.entry("sju", 7), Map.entry("syv", 7), Map.entry("åtte", 8), Map.entry("ni", 9), Map.entry("ti", 10));

	// Numbers that are not quantities of the target: years ("2025"), the plan period ("i perioden 25-29")
	// and durations ("de første 1-2 årene").
	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
	private static final Pattern PERIOD_BEFORE = Pattern.compile("\\bperioden?\\s*$", FLAGS);
	private static final Pattern TIME_AFTER = Pattern.compile("\\s*(?:år|årene|året|måned(?:er)?|uker?|dager?)\\b", FLAGS);

	// Money: a currency word before or after the number, or a magnitude ("30 mill", "NOK 30 mill/år").
	private static final Pattern MONEY_BEFORE = Pattern.compile("\\b(?:NOK|kr\\.?|kroner)\\s*$", FLAGS);
	private static final Pattern MONEY_AFTER = Pattern.compile(
			"\\s*(?<mag>(?:milliard(?:er)?|mrd|mill(?:ion(?:er)?)?|tusen)\\.?(?!\\w))?\\s*(?<cur>NOK|kr\\b\\.?|kroner)?",
			FLAGS);

	private static final Pattern PERCENT_AFTER = Pattern.compile("\\s*(?:%|prosent\\b)", FLAGS);
	// "Øke … med 10%", "20% økning", "Økte antall … med 20%" are increases over today's level …
	private static final Pattern INCREASE = Pattern.compile("\\b(?:øk(?:e|er|es|t|te|ning(?:en)?)|vekst(?:en)?)\\b", FLAGS);
	// … except "øke andelen til 50%", which names the level to reach.
	private static final Pattern TO_BEFORE = Pattern.compile("\\btil\\s*$", FLAGS);
	// A Target has no decrease kind; proposing an increase for "redusere med 10%" would be wrong.
	private static final Pattern DECREASE = Pattern.compile("\\b(?:redus\\w*|reduksjon\\w*|færre|ned med)\\b", FLAGS);
	private static final Pattern TIMES_AFTER = Pattern.compile("\\s*ganger?\\b", FLAGS);

	// The value is per year when the text says so ("mill/år", "per år", "årlig", "hvert år", "i året").
	private static final Pattern PER_YEAR = Pattern.compile(
			"/\\s*år\\b|\\b(?:per|pr\\.?)\\s+år(?:et)?\\b|\\bårlig(?:e|t)?\\b|\\bhvert\\s+år\\b|\\bi\\s+året\\b", FLAGS);

	// A milestone is a one-off deliverable: the text starts with an establishing/completing verb
	// ("Etablere …", "Ha etablert …", "Ta i bruk …") or reports one done ("… ferdigutviklet", "Implementert i perioden").
	// Ongoing verbs ("Styrke", "Videreutvikle", "Øke") are not milestones: there is nothing to tick off.
	private static final Pattern MILESTONE_START = Pattern.compile("^(?:ha\\s+)?(?:etabler(?:e|t)?|opprett(?:e|et)?"
			+ "|implementer(?:e|t)|innfør(?:e|t)|gjennomfør(?:e|t)|utarbeid(?:e|et)|kartlegg(?:e|et)|formaliser(?:e|t)"
			+ "|ferdigutvikl(?:e|et)|utvid(?:e|et)|konkretiser(?:e|t)|test(?:e|et)|søk(?:e|t)|bidratt|ta(?:tt)?\\s+i\\s+bruk)\\b",
			FLAGS);
	private static final Pattern MILESTONE_DONE = Pattern.compile(
			"\\b(?:etablert|implementert|innført|gjennomført|gjennomgått|ferdigutviklet|tildelt)\\b", FLAGS);

	// List markers ("a) ", "ii) ", "• ") carry no meaning for the target.
	private static final Pattern MARKER = Pattern.compile("^(?:[•\\-–]\\s*|(?:[a-z]|[ivx]+|\\d{1,2})\\)\\s*)+", FLAGS);
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	// The counted noun phrase ends at a preposition, conjunction, relative/modal word or participle
	// ("3 PhD gjennom …", "40 artikler som …", "2 studier initiert fra …"); its last word is its head.
	private static final Pattern STOP = Pattern.compile("i|på|med|fra|gjennom|innen|innenfor|til|for|som|av|via|mot|og"
			+ "|ved|per|pr|under|etter|hos|om|skal|kan|der|hvor|inkludert|samt|blant|mellom|uten|utenom|årlig\\w*|\\w+ert",
			FLAGS);
	private static final Pattern TOKEN = Pattern.compile("(?<word>[\\w-]+)(?<tail>\\S*)", FLAGS);

	private static final BigDecimal ONE = BigDecimal.ONE;

	public TargetParser() {
	}

	/** The proposed target for an indicator text, or empty when the text does not say. */
	public Optional<Target> propose(String indicatorText) {
		if (indicatorText == null) {
			return Optional.empty();
		}
		String text = MARKER.matcher(SPACES.matcher(indicatorText).replaceAll(" ").strip()).replaceFirst("");
		boolean perYear = PER_YEAR.matcher(text).find();
		List<Target> quantities = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			if (!isTargetNumber(text, m)) {
				continue;
			}
			quantities.add(quantity(text, m, perYear));
		}
		// A number beats everything else ("Etablere 3 databaser" is COUNT 3, not a milestone). Several
		// numbers ("4 PhD og 4 Post Doc") are several targets: we cannot pick one, so we propose none.
		if (!quantities.isEmpty()) {
			return quantities.size() == 1 ? Optional.ofNullable(quantities.get(0)) : Optional.empty();
		}
		// "Årlig forskningsseminar": something that happens once a year.
		if (perYear) {
			return Optional.of(new Target(Kind.RECURRING, ONE, null, Per.YEAR, null, null));
		}
		if (MILESTONE_START.matcher(text).find() || MILESTONE_DONE.matcher(text).find()) {
			return Optional.of(new Target(Kind.MILESTONE, null, null, null, null, null));
		}
		return Optional.empty();
	}

	private static boolean isTargetNumber(String text, Matcher m) {
		boolean timeAfter = TIME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
		if (m.group("word") != null) {
			return !timeAfter;
		}
		boolean year = YEAR.matcher(m.group("from")).matches()
				&& (m.group("to") == null || YEAR.matcher(m.group("to")).matches());
		return !year && !timeAfter && !PERIOD_BEFORE.matcher(text.substring(0, m.start())).find();
	}

	/** The target a single number stands for, or null when it is one we refuse to represent. */
	private static Target quantity(String text, Matcher m, boolean perYear) {
		BigDecimal value = m.group("word") != null ? BigDecimal.valueOf(WORDS.get(m.group("word").toLowerCase()))
				: new BigDecimal(m.group("from").replaceAll("[ .]", "").replace(',', '.'));
		String before = text.substring(0, m.start());
		String after = text.substring(m.end());
		Per per = perYear ? Per.YEAR : Per.PLAN;
		Matcher money = MONEY_AFTER.matcher(after);
		money.lookingAt();
		if (MONEY_BEFORE.matcher(before).find() || money.group("mag") != null || money.group("cur") != null) {
			return new Target(Kind.AMOUNT, value.multiply(magnitude(money.group("mag"))).stripTrailingZeros(), "NOK",
					per, null, null);
		}
		if (PERCENT_AFTER.matcher(after).lookingAt()) {
			if (DECREASE.matcher(text).find()) {
				return null;
			}
			boolean increase = INCREASE.matcher(text).find() && !TO_BEFORE.matcher(before).find();
			return new Target(increase ? Kind.INCREASE_PERCENT : Kind.PERCENT, value, "%", per, null, null);
		}
		// "2 ganger årlig" recurs; "2 ganger" without a year is just a count of occasions.
		if (TIMES_AFTER.matcher(after).lookingAt()) {
			return perYear ? new Target(Kind.RECURRING, value, null, Per.YEAR, null, null)
					: new Target(Kind.COUNT, value, "ganger", per, null, null);
		}
		// "Årlig" with a count ("minst 5 publikasjoner årlig") is a count per year, not a recurrence.
		return new Target(Kind.COUNT, value, headNoun(after), per, null, null);
	}

	private static BigDecimal magnitude(String mag) {
		if (mag == null) {
			return ONE;
		}
		String m = mag.toLowerCase();
		return m.startsWith("milliard") || m.startsWith("mrd") ? BigDecimal.TEN.pow(9)
				: m.startsWith("mill") ? BigDecimal.TEN.pow(6) : BigDecimal.TEN.pow(3);
	}

	/** The head (last word) of the noun phrase after a number: "3 randomiserte kliniske studier" → "studier". */
	private static String headNoun(String after) {
		String head = null;
		Matcher t = TOKEN.matcher(after);
		for (int words = 0; words < 6 && t.find(); words++) {
			if (t.start() > 0 && !Character.isWhitespace(after.charAt(t.start() - 1))
					|| STOP.matcher(t.group("word")).matches()) {
				break; // punctuation before the word ("(KDVH)", "«BIG-data»") or a stop word ends the phrase
			}
			head = t.group("word");
			if (!t.group("tail").isEmpty()) {
				break; // punctuation after the word ("studier.", "forskningsmiljøer,") ends it too
			}
		}
		return head == null || head.length() > 60 ? null : head;
	}
}
