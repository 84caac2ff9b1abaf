package no.planspor.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

	static final List<String> FIELDS = List.of("title", "text", "comment", "deadline");

	static final Map<String, String> BASE = Map.of("title", "T", "text", "Tekst", "comment", "", "deadline", "2027-01-01");

	@Test
	void aFieldOnlyTheOtherSideChangedIsTakenFromWhatIsStored() {
		ThreeWayMerge.Result merge = ThreeWayMerge.of(FIELDS, BASE, BASE, with(BASE, "text", "Deres"));

		assertThat(merge.values()).containsEntry("text", "Deres");
		assertThat(merge.theirs()).containsExactly("text");
		assertThat(merge.mine()).isEmpty();
		assertThat(merge.hasClashes()).isFalse();
	}

	@Test
	void aFieldOnlyThePersonChangedKeepsWhatTheyTyped() {
		ThreeWayMerge.Result merge = ThreeWayMerge.of(FIELDS, BASE, with(BASE, "comment", "Min"), with(BASE, "text", "Deres"));

		assertThat(merge.values()).containsEntry("comment", "Min").containsEntry("text", "Deres").containsEntry("title", "T");
		assertThat(merge.mine()).containsExactly("comment");
		assertThat(merge.theirs()).containsExactly("text");
	}

	@Test
	void bothChangingAFieldAlikeIsNoClash() {
		ThreeWayMerge.Result merge = ThreeWayMerge.of(FIELDS, BASE, with(BASE, "title", "Ny"), with(BASE, "title", "Ny"));

		assertThat(merge.values()).containsEntry("title", "Ny");
		assertThat(merge.hasClashes()).isFalse();
		assertThat(merge.theirs()).isEmpty();
		assertThat(merge.mine()).isEmpty();
	}

	@Test
	void bothChangingAFieldDifferentlyIsAClashThatKeepsWhatWasTypedUntilChosen() {
		ThreeWayMerge.Result merge = ThreeWayMerge.of(FIELDS, BASE, with(BASE, "deadline", "2028-01-01"),
				with(BASE, "deadline", "2027-06-30"));

		assertThat(merge.clashes()).containsExactly("deadline");
		assertThat(merge.values()).containsEntry("deadline", "2028-01-01");
	}

	@Test
	void withoutTheStartingValuesEveryDisagreementIsAClash() {
		ThreeWayMerge.Result merge = ThreeWayMerge.of(FIELDS, Map.of(), with(BASE, "comment", "Min"),
				with(BASE, "text", "Deres"));

		assertThat(merge.clashes()).containsExactly("text", "comment");
		assertThat(merge.theirs()).isEmpty();
	}

	private static Map<String, String> with(Map<String, String> values, String field, String value) {
		java.util.Map<String, String> copy = new java.util.HashMap<>(values);
		copy.put(field, value);
		return copy;
	}
}
