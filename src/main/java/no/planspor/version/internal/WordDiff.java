package no.planspor.version.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text change word by word, as a reader compares two wordings: the longest run of words both share
 * stays as it is, and what was taken out and put in is marked around it. Spaces travel with the words
 * so the pieces read back as the two texts.
 */
public final class WordDiff {

	/** SAME, REMOVED (only in the older text) or ADDED (only in the newer). */
	public enum Kind {
		SAME, REMOVED, ADDED
	}

	public record Piece(Kind kind, String text) {

		public boolean same() {
			return kind == Kind.SAME;
		}

		public boolean added() {
			return kind == Kind.ADDED;
		}

		public boolean removed() {
			return kind == Kind.REMOVED;
		}
	}

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	/** Beyond this many words on either side a change is shown as one piece out and one in. */
	static final int MAX_WORDS = 3000;

	private WordDiff() {
	}

	public static List<Piece> of(String before, String after) {
		List<String> a = tokens(before == null ? "" : before);
		List<String> b = tokens(after == null ? "" : after);
		if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
			List<Piece> whole = new ArrayList<>();
			add(whole, Kind.REMOVED, String.join("", a));
			add(whole, Kind.ADDED, String.join("", b));
			return whole;
		}
		// Longest common subsequence from the end, then walked from the start.
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(pieces, Kind.SAME, a.get(i++));
				j++;
			}
			else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
				add(pieces, Kind.ADDED, b.get(j++));
			}
			else {
				add(pieces, Kind.REMOVED, a.get(i++));
			}
		}
		return pieces;
	}

	/** Appends, joining a piece to the one before when both are of a kind. */
	private static void add(List<Piece> pieces, Kind kind, String text) {
		if (text.isEmpty()) {
			return;
		}
		if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
			Piece last = pieces.remove(pieces.size() - 1);
			pieces.add(new Piece(kind, last.text() + text));
		}
		else {
			pieces.add(new Piece(kind, text));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}
}
