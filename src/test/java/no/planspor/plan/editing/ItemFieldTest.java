package no.planspor.plan.editing;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The one list of an item's fields: it names every field of {@link ItemFields}, and compares and shows them. */
class ItemFieldTest {

	@Test
	void everyFieldOfTheRecordIsOnTheList() {
		assertThat(Arrays.stream(ItemField.values()).map(ItemField::key))
			.as("a field added to ItemFields needs its ItemField, or a save would not see it change")
			.containsExactlyInAnyOrderElementsOf(
					Arrays.stream(ItemFields.class.getRecordComponents()).map(RecordComponent::getName).toList());
	}

	@Test
	void eachChangedFieldIsFoundAndShownAsTheAuditLogShowsIt() {
		ItemFields before = new ItemFields("1", ItemKind.MEASURE, "T1", null, "Tekst", null, null, List.of("KL", "FL"),
				List.of(), List.of("T2"));
		ItemFields after = new ItemFields("2", ItemKind.MEASURE, "T1", null, "Tekst", LocalDate.of(2027, 3, 1), null,
				List.of("FL", "KL"), List.of(), List.of("T2"));

		assertThat(ItemField.changed(before, after)).containsExactly(ItemField.PARENT, ItemField.DEADLINE,
				ItemField.RESPONSIBLE);
		assertThat(ItemField.changed(before, before)).isEmpty();
		assertThat(ItemField.DEADLINE.shown(after)).isEqualTo("2027-03-01");
		assertThat(ItemField.RESPONSIBLE.shown(after)).isEqualTo("FL, KL");
		assertThat(ItemField.STRATEGY_REFS.shown(after)).as("none is empty").isNull();
		assertThat(ItemField.KIND.shown(after)).isEqualTo("MEASURE");
	}
}
