package no.planspor.version;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.planspor.version.internal.WordDiff;
import no.planspor.version.internal.WordDiff.Kind;
import no.planspor.version.internal.WordDiff.Piece;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

	@Test
	void marksOnlyTheWordsThatChanged() {
		List<Piece> pieces = WordDiff.of("Styrke samarbeid med UiO", "Styrke det nære samarbeid med UiO og OUS");

		assertThat(pieces).containsExactly(new Piece(Kind.SAME, "Styrke "), new Piece(Kind.ADDED, "det nære "),
				new Piece(Kind.SAME, "samarbeid med UiO"), new Piece(Kind.ADDED, " og OUS"));
	}

	@Test
	void theOlderAndNewerTextsReadBackFromThePieces() {
		String before = "Økt bredde på forskning i klinikken";
		String after = "Bredere forskning i hele klinikken";
		List<Piece> pieces = WordDiff.of(before, after);

		assertThat(String.join("", pieces.stream().filter(p -> !p.added()).map(Piece::text).toList())).isEqualTo(before);
		assertThat(String.join("", pieces.stream().filter(p -> !p.removed()).map(Piece::text).toList())).isEqualTo(after);
		assertThat(pieces).anyMatch(Piece::removed).anyMatch(Piece::added).anyMatch(Piece::same);
	}

	@Test
	void fromNothingAndToNothing() {
		assertThat(WordDiff.of(null, "Ny tekst")).containsExactly(new Piece(Kind.ADDED, "Ny tekst"));
		assertThat(WordDiff.of("Gammel tekst", "")).containsExactly(new Piece(Kind.REMOVED, "Gammel tekst"));
	}
}
