package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanSummary;
import no.planspor.plan.Unit;

class CatalogueTest {

	static final Unit OUS = new Unit(1, "OUS", "Oslo universitetssykehus HF", null);

	static final Unit TIK = new Unit(2, "TIK", "Teknologi- og innovasjonsklinikken", 1L);

	static final Unit KRN = new Unit(3, "KRN", "Klinikk for radiologi og nukleærmedisin", 1L);

	static final Unit ALONE = new Unit(4, "ABC", "Avdeling uten plass i treet", null);

	@Test
	void theHospitalComesBeforeItsClinicsWhateverTheNames() {
		Catalogue catalogue = Catalogue.of(List.of(plan("krn", KRN, 2025, 2029, "strategi"), plan("tik", TIK, 2022, 2025, null),
				plan("strategi", OUS, 2025, 2029, null), plan("abc", ALONE, 2024, 2026, null)), List.of(ALONE, KRN, OUS, TIK));

		assertThat(catalogue.units()).extracting(group -> group.unit().code()).containsExactly("ABC", "OUS", "KRN", "TIK");
		assertThat(catalogue.units().get(2).parent()).isEqualTo(OUS);
		assertThat(catalogue.units().get(2).periods().get(0).plans().get(0).parentTitle()).isEqualTo("Plan strategi");
	}

	@Test
	void plansOfAUnitAreGroupedByPeriodNewestFirst() {
		Catalogue catalogue = Catalogue.of(List.of(plan("a", KRN, 2020, 2024, null), plan("b", KRN, 2025, 2029, null),
				plan("c", KRN, 2025, 2029, null)), List.of(OUS, KRN));

		assertThat(catalogue.units()).hasSize(1);
		assertThat(catalogue.units().get(0).periods()).extracting(Catalogue.PeriodGroup::period)
			.containsExactly("2025–2029", "2020–2024");
		assertThat(catalogue.units().get(0).periods().get(0).plans()).hasSize(2);
	}

	@Test
	void unitsInACycleStillShowTheirPlans() {
		Unit a = new Unit(10, "A", "A", 11L);
		Unit b = new Unit(11, "B", "B", 10L);

		assertThat(Catalogue.of(List.of(plan("a", a, 2025, 2029, null), plan("b", b, 2025, 2029, null)), List.of(a, b)).units())
			.extracting(group -> group.unit().code()).containsExactly("A", "B");
	}

	private static PlanSummary plan(String code, Unit unit, int from, int to, String parent) {
		return new PlanSummary(code, "Plan " + code, parent == null ? PlanKind.STRATEGY : PlanKind.ACTION_PLAN, unit, from, to,
				PlanStatus.ADOPTED, parent);
	}
}
