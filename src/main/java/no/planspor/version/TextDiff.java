package no.planspor.version;

import java.util.List;

import no.planspor.version.internal.WordDiff;

/**
 * Two wordings compared word by word, as the comparison of versions shows them: for other modules that
 * show a change against the current text (the review's adjustments).
 */
public final class TextDiff {

	/** A run of text both share ({@code same}), or only in the older ({@code removed}) or newer ({@code added}). */
	public record Piece(String text, boolean same, boolean added, boolean removed) {
	}

	private TextDiff() {
	}

	public static List<Piece> words(String before, String after) {
		return WordDiff.of(before, after).stream().map(p -> new Piece(p.text(), p.same(), p.added(), p.removed())).toList();
	}

	/** Whether the two differ at all. */
	public static boolean differ(String before, String after) {
		return !(before == null ? "" : before).equals(after == null ? "" : after);
	}
}
