package no.planspor.plan;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What deleting an item says, read with every count a person meets: none, one and several. */
class ArchiveWordingTest {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	static String text(String bundle, Locale locale, String key, Object... args) {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(ArchiveWordingTest.class.getResourceAsStream("/no/planspor/plan/" + bundle),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new MessageFormat(messages.getProperty(key), locale).format(args);
	}

	static String nb(String key, Object... args) {
		return text("messages.properties", BOKMAL, key, args);
	}

	static String en(String key, Object... args) {
		return text("messages_en.properties", Locale.ENGLISH, key, args);
	}

	@Test
	void theNoticeAfterDeletingNamesOnlyWhatWentWithIt() {
		assertThat(nb("plan.item.deleted", "T1.1 a)", 0, 0))
			.isEqualTo("Punktet T1.1 a) er slettet. Du finner det under «Slettede punkter».");
		assertThat(nb("plan.item.deleted", "1", 1, 1)).isEqualTo(
				"Punktet 1 er slettet, med ett punkt under seg. Én indikator ble slettet sammen med det. Du finner det under «Slettede punkter».");
		assertThat(nb("plan.item.deleted", "2", 11, 0))
			.isEqualTo("Punktet 2 er slettet, med 11 punkter under seg. Du finner det under «Slettede punkter».");
		assertThat(nb("plan.item.deleted", "T2.1 a)", 0, 2)).isEqualTo(
				"Punktet T2.1 a) er slettet. 2 indikatorer ble slettet sammen med det. Du finner det under «Slettede punkter».");
		assertThat(en("plan.item.deleted", "T1.1 a)", 0, 0))
			.isEqualTo("Item T1.1 a) has been deleted. You will find it under “Deleted items”.");
		assertThat(en("plan.item.deleted", "2", 11, 1)).isEqualTo(
				"Item 2 has been deleted, with 11 items below it. One indicator was deleted with it. You will find it under “Deleted items”.");
	}

	@Test
	void theQuestionBeforeDeletingListsOnlyWhatIsThere() {
		assertThat(nb("plan.delete.what", 0, 0)).isEqualTo("Dette slettes: punktet.");
		assertThat(nb("plan.delete.what", 0, 1)).isEqualTo("Dette slettes: punktet og én indikator.");
		assertThat(nb("plan.delete.what", 1, 0)).isEqualTo("Dette slettes: punktet, ett punkt under det.");
		assertThat(nb("plan.delete.what", 11, 12)).isEqualTo("Dette slettes: punktet, 11 punkter under det og 12 indikatorer.");
		assertThat(en("plan.delete.what", 0, 0)).isEqualTo("This is deleted: the item.");
		assertThat(en("plan.delete.what", 3, 1)).isEqualTo("This is deleted: the item, 3 items below it and one indicator.");
	}

	@Test
	void theArchiveSaysWhatKindOfPlaceADeletedItemLayIn() {
		assertThat(nb("plan.archive.parent", "1")).isEqualTo("· lå under punkt 1");
		assertThat(en("plan.archive.parent", "1")).isEqualTo("· was below item 1");
	}
}
