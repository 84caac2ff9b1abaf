package no.planspor.followup.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Item codes sort as people read them, whatever order they come in. */
class CodeOrderTest {

	@Test
	void numbersCompareAsNumbers() {
		assertSorted("T1.1 a)", "T1.2 a) b)", "T1.9 a)", "T1.10 a)", "T2.1 a)", "T10.1 a)");
		assertSorted("1", "2", "9", "10", "11");
	}

	@Test
	void lettersCompareAsLettersIgnoringCaseSpacesAndBrackets() {
		assertSorted("T1.6 a)", "T1.6 b)", "T1.6 c)", "T1.6d)", "T1.6 e)");
		assertSorted("T2.3 b)", "T2.3c)", "T2.3 d)");
		assertSorted("T2.4 a)", "T2.4b)", "T2.4 d)");
	}

	@Test
	void tiksRomanMeasureNumbersCompareAsNumbers() {
		assertSorted("1a", "1a.i", "1a.ii", "1a.iii", "1a.iv", "1a.v", "1a.ix", "1a.x", "1b", "1b.i", "2a.viii", "2a.ix");
	}

	@Test
	void norwegianLettersComeAfterZ() {
		assertSorted("Tz", "Tæ", "Tø", "Tå");
	}

	private static void assertSorted(String... expected) {
		List<String> shuffled = new ArrayList<>(List.of(expected));
		Collections.shuffle(shuffled, new Random(42));
		shuffled.sort(CodeOrder.INSTANCE);
		assertThat(shuffled).containsExactly(expected);
		List<String> reversed = new ArrayList<>(List.of(expected));
		Collections.reverse(reversed);
		reversed.sort(CodeOrder.INSTANCE);
		assertThat(reversed).containsExactly(expected);
	}
}
