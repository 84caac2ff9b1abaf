package no.planspor.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.planspor.PlansporTest;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Party;
import no.planspor.plan.PartyKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed plans, as the running application loaded them, hold the whole structure of the source
 * documents ({@code shared/seeds/000_3d7b729c967f4e39.txt} for TIK, {@code 001_401c13b43416d816.txt}
 * for KRN and the strategy it quotes). The expectations below were read off the source documents,
 * not off the seed files: the tables are the documents' tables, row by row.
 */
@PlansporTest
class SeedPlansStructureTest {

	static final String STRATEGY = "ous-forskningsstrategi-2025-2029";

	static final String TIK = "tik-forskning-2022-2025";

	static final String KRN = "krn-forskning-2025-2029";

	/**
	 * TIK: one row per Delmål — its code, the numerals of its Tiltak, how many Indikator bullets it has, and
	 * its Ansvar cell in printed order.
	 */
	static final String TIK_SUBGOALS = """
			1a | i ii iii                           | 4 | KL, AL, FL, FGL, FU, F
			1b | i                                  | 2 | KL, AL, FGL
			1c | i ii iii iv v vi vii               | 1 | KL, FL, FGL, AL, F
			1d | i ii iii                           | 2 | KL, FU, FGL, FL, F
			2a | i ii iii iv v vi vii viii ix       | 6 | KL, AL, FL, FU, FGL, F
			2b | i ii iii iv                        | 2 | KL, AL, FL, FU, FGL
			2c | i ii iii                           | 2 | KL, AL, FL, FGL
			2d | i ii iii                           | 5 | KL, AL, FL, FGL, FU
			3a | i                                  | 2 | KL, AL, FL, FGL, FU
			3b | i ii                               | 4 | AL, FGL, FL, FU
			3c | i ii iii iv v                      | 3 | KL, AL, FL, FU, FGL, F
			3d | i ii iii                           | 1 | KL, AL, FU
			3e | i ii                               | 1 | KL, AL, FU
			3f | i                                  | 4 | KL, AL, FL, FU
			3g | i                                  | 1 | KL, AL
			4a | i ii iii                           | 2 | AL, FGL, FL, F
			4b | i ii iii iv                        | 3 | KL, AL, FU
			4c | i ii                               | 4 | AL, FL, FU, FGL, F
			4d | i ii                               | 2 | FGL, FU, FL, F
			5a | i                                  | 3 | KL, AL, FL, FU
			5b | i ii                               | 2 | KL, AL, FL, FU
			5c | i                                  | 1 | KL, AL, FL, FU
			5d | i                                  | 2 | AL, FGL, FL, FU, F
			""";

	static final List<String> TIK_GOALS = List.of(
			"Styrke satsingen på klinisk forskning i samarbeid med brukere, næringsliv og offentlig sektor",
			"Styrke translasjonsforskning som viktig kobling mellom grunnleggende forskning og klinisk virksomhet",
			"Videreutvikle muligheter for datahåndtering, dataanalyse og datadeling",
			"Drive systematisk karriereoppfølging av forskere og målrettet rekruttering til forskning",
			"Sikre forskningsvirksomheten i og fram mot nye bygg ved OUS og Livsvitenskapsbygget ved Universitet i Oslo");

	/**
	 * KRN: one row per Hovedtiltak, under the goal whose table prints it — goal, code as printed, the strategy
	 * item it is linked to (none where the strategy item is not quoted), how many Resultatindikator points,
	 * and the Hovedansvar cell as party codes in printed order.
	 */
	static final String KRN_MEASURES = """
			1 | T1.1 a)    | 1.1 | 3 | Forskningsleder, Klinikkleder, FU KRN, FG ledere
			1 | T1.1 b)    | 1.1 | 2 | FU KRN, Arrangører av møter/seminarer, Forskningsleder, Klinikkleder
			1 | T1.1 c)    | 1.1 | 2 | FG ledere, Forskere, Forskningsleder
			1 | T1.2 a) b) | 1.2 | 2 | FU KRN, Forskningsleder, AFU, CRAI
			1 | T1.3 a)    | 1.3 | 1 | RAD 2.0, AFU
			1 | T1.3 b)    | 1.3 | 1 | RAD 2.0, AFU
			1 | T1.3 c)    | 1.3 | 3 | CRAI, RAD 2.0, AFU, Ulike prosjekter
			1 | T1.3 d)    | 1.3 | 1 | CRAI
			1 | T1.4 a)    | 1.4 | 2 | Klinikkleder, FBA, CRAI, AFU
			1 | T1.4 b)    | 1.4 | 1 | CRAI
			1 | T1.6 a)    | 1.6 | 2 | Avd ledere, Seksjonsledere
			1 | T1.6 b)    | 1.6 | 2 | AFU
			1 | T1.6 c)    | 1.6 | 1 | Avd ledere, Seksjonsledere
			1 | T1.6d)     | 1.6 | 1 | Avd ledere, Klinikkleder, Forskningsleder
			2 | T2.1 a)    | 2.1 | 2 | FG ledere, FU KRN, Prosjekter
			2 | T2.1 c)    | 2.1 | 0 |
			2 | T2.1 d)    | 2.1 | 1 | Avd ledere, FG ledere, Klinikkleder, Forskningsleder
			2 | T2.3 a)    | 2.3 | 1 | Avd ledere
			2 | T2.3 b)    | 2.3 | 1 | FU KRN, FG ledere, AFU
			2 | T2.3c)     | 2.3 | 1 | FU KRN, FG ledere, Forskningsleder
			2 | T2.4 a)    | 2.4 | 2 | FG ledere, Avd ledere, Forskere, FU KRN
			2 | T2.4b)     | 2.4 | 2 | Klinikkleder, Forskningsleder, Avd ledere, FG, CRAI, KI forskere, FU KRN, Klinikkledermøte
			2 | T2.4 d)    | 2.4 | 0 |
			2 | T2.5 b)    | 2.5 | 1 | FG ledere, UiO ansatte, Forskningsleder, Avd ledere, Klinikkleder
			2 | T2.5 c)    | 2.5 | 1 | FU KRN, FG ledere
			3 | T3.3 a)    | 3.3 | 1 | Avd ledere, FG ledere, FU KRN, Veiledere
			3 | T3.3 b)    | 3.3 | 1 | Avd ledere, Seksjonsledere
			4 | T4.1 a)    | 4.1 | 1 | AFU, FU KRN, Klinikkledermøte
			4 | T4.1 b)    | 4.1 | 2 | FG ledere, Klinikkledermøte, FU KRN, Forskningsleder
			4 | T4.2 a)    | 4.2 | 1 |
			4 | T4.3 a)    | 4.3 | 2 | CRAI
			5 | T5.1 a)    |     | 1 | Klinikkledelse, Avd ledere
			5 | T5.1 b)    |     | 1 | Avd ledere, Klinikkledermøte, FU KRN
			5 | T1.5c      |     | 2 | FU KRN, Klinikkleder, Klinikkledermøte, KRN 2.0
			""";

	static final List<String> KRN_GOALS = List.of("Drive forskning som forbedrer klinisk praksis",
			"Øke omfang a studier og implementering av forskningsresultater på kort og lang sikt",
			"Systematisk karriereutvikling av forskere og målrettet rekruttering",
			"Investere i forskningsbasert innovasjon",
			"Utvikle organisasjonsstrukturer for forskning i et OUS i endring, i samarbeid med UiO");

	/** The "Strategi x.y" paragraphs KRN quotes under each goal ("Fra strategien"). */
	static final List<List<String>> QUOTED_STRATEGY = List.of(List.of("1.1", "1.2", "1.3", "1.4", "1.6"),
			List.of("2.1", "2.2", "2.3", "2.4", "2.5"), List.of("3.1", "3.2", "3.3", "3.4"),
			List.of("4.1", "4.2", "4.3"), List.of());

	@Autowired
	PlanReader plans;

	// --- TIK ---

	@Test
	void tikHasEveryGoalSubGoalAndMeasureInOrder() {
		PlanTree tik = plans.tree(TIK);
		List<String> expected = new ArrayList<>();
		List<String[]> rows = rows(TIK_SUBGOALS);
		for (int goal = 1; goal <= 5; goal++) {
			expected.add(String.valueOf(goal));
			for (String[] row : rows) {
				if (row[0].startsWith(String.valueOf(goal))) {
					expected.add(row[0]);
					Arrays.stream(row[1].split("\\s+")).map(numeral -> row[0] + "." + numeral).forEach(expected::add);
				}
			}
		}
		assertThat(tik.allItems().map(PlanItem::code)).containsExactlyElementsOf(expected);
		assertThat(tik.items()).extracting(PlanItem::kind).containsOnly(ItemKind.GOAL);
		assertThat(tik.items()).extracting(PlanItem::title).containsExactlyElementsOf(TIK_GOALS);
		assertThat(tik.allItems().filter(i -> i.kind() == ItemKind.SUBGOAL)).hasSize(23);
		assertThat(tik.allItems().filter(i -> i.kind() == ItemKind.MEASURE)).hasSize(64);
		assertThat(tik.allItems().mapToInt(i -> i.indicators().size()).sum()).isEqualTo(59);
	}

	@Test
	void tikSubGoalsHaveTheirMeasuresIndicatorsAndResponsibleRoles() {
		PlanTree tik = plans.tree(TIK);
		for (String[] row : rows(TIK_SUBGOALS)) {
			PlanItem subgoal = tik.item(row[0]).orElseThrow();
			assertThat(subgoal.kind()).as(row[0]).isEqualTo(ItemKind.SUBGOAL);
			assertThat(subgoal.children()).as(row[0] + " measures").hasSize(row[1].split("\\s+").length)
				.allSatisfy(measure -> {
					assertThat(measure.kind()).isEqualTo(ItemKind.MEASURE);
					// TIK gives Indikator and Ansvar per Delmål, not per Tiltak.
					assertThat(measure.indicators()).isEmpty();
					assertThat(measure.responsible()).isEmpty();
				});
			assertThat(subgoal.indicators()).as(row[0] + " indicators").hasSize(Integer.parseInt(row[2]));
			assertThat(subgoal.responsible()).as(row[0] + " Ansvar").extracting(Party::code)
				.containsExactlyElementsOf(codes(row[3]));
		}
	}

	@Test
	void tikHasItsAbbreviationTableSectionsAndFacts() {
		PlanTree tik = plans.tree(TIK);
		assertThat(tik.plan().kind()).isEqualTo(PlanKind.ACTION_PLAN);
		assertThat(tik.plan().title()).isEqualTo("Handlingsplan forskning 2022-2025");
		assertThat(tik.plan().unit().code()).isEqualTo("TIK");
		assertThat(tik.plan().unit().name()).isEqualTo("Teknologi- og innovasjonsklinikken");
		assertThat(tik.plan().periodFrom()).isEqualTo(2022);
		assertThat(tik.plan().periodTo()).isEqualTo(2025);
		// Tabell 1. Forkortelser for ansvarlige, in printed order.
		assertThat(tik.parties()).extracting(Party::code, Party::name)
			.containsExactly(pair("AL", "Avdelingsleder"), pair("F", "Forskere"), pair("FGL", "Forskningsgruppeleder"),
					pair("FK", "Admin. forskningskoordinator"), pair("FL", "Forskningsleder"),
					pair("FU", "TIK forskningsutvalg"), pair("KL", "Klinikkleder"));
		assertThat(tik.parties()).filteredOn(p -> p.code().equals("FU")).extracting(Party::kind)
			.containsExactly(PartyKind.BODY);
		assertThat(tik.sections()).extracting(s -> s.heading())
			.contains("Målgruppe og omfang", "Bakgrunn for planen", "Mål og handlingsplan", "Overordnet mål");
		assertThat(tik.sections()).anySatisfy(s -> assertThat(s.body())
			.contains("Vi skal være landets ledende forskningsinstitusjon innen våre fagfelt hvor prinsippene for "
					+ "Value Based Health Care og Good Clinical Practice ivaretas"));
		// The nine principles ("Viktig for alle våre mål og oppgaver er at:").
		assertThat(tik.sections()).anySatisfy(s -> assertThat(s.body())
			.contains("verdisettet i TIK er en basis for FoU.")
			.contains("nødvending infrastruktur gjøres tilgjengelig for å gjennomføre forskningen.")
			.contains("næringslivssamarbeid og innovasjon er en integrert del av aktiviteten."));
		assertThat(tik.references()).extracting(r -> r.url())
			.contains("https://ehandbok.ous-hf.no/document/96178",
					"https://www.digdir.no/samhandling/rammeverk-digital-samhandling/2148#arkitekturprinsipper");
	}

	@Test
	void tikTextsRepairedAcrossPageBreaksAndLines() {
		PlanTree tik = plans.tree(TIK);
		assertThat(indicatorTexts(tik, "2d")).containsExactly(
				"Tilstrekkelig eksterne midler (minst NOK 30 mill/år) inkludert storskala infrastruktur gjennom "
						+ "eksempelvis NRF og UiO forskningsinfrastruktur.",
				"Etablere egen celllelab på Fysisk institutt for tverrfaglig grunnforskning og styrket kobling mellom "
						+ "Medfak og MatNat.",
				"Utvide til 6 avanserte operasjonsstuer på IVS.",
				"Sikre tilstrekkelig bemanning for å drive alle operasjonsstuer.",
				"Etabler KI-infrastruktur og oppgradert utstyr i IVS kjernefasiliteten.");
		assertThat(tik.item("2d.iii").orElseThrow().text())
			.isEqualTo("Styrke etablerte strukturer og kontakter inn mot UiO forskningsinfrastruktur, eksempelvis "
					+ "Fysisk institutt, Institutt for informatikk samt NTNU og OsloMet.");
		assertThat(indicatorTexts(tik, "1a")).last()
			.isEqualTo("Minst 2 kliniske eller industrifinansierte studier initiert fra avdelinger utenom "
					+ "forskningsmiljøene på Intervensjonssenteret og Medisinsk-teknologisk avdeling, men gjerne "
					+ "gjennom samarbeid.");
		assertThat(tik.item("3g.i").orElseThrow().text()).isEqualTo("Tilstrekkelig ressurser avsatt i klinikken.");
		assertThat(indicatorTexts(tik, "3g")).containsExactly("Implementert i perioden.");
		assertThat(tik.item("1a").orElseThrow().title())
			.isEqualTo("Øke antall kliniske studier og antall pasienter inkludert innen alle aktuelle fagområder – "
					+ "både forskerinitierte og industrifinansierte studier");
		assertThat(tik.item("4d").orElseThrow().title()).isEqualTo("Øke internasjonal rekruttering av forskere");
	}

	// --- KRN ---

	@Test
	void krnHasEveryGoalAndMeasureInOrder() {
		PlanTree krn = plans.tree(KRN);
		List<String> expected = new ArrayList<>();
		String goal = null;
		for (String[] row : rows(KRN_MEASURES)) {
			if (!row[0].equals(goal)) {
				goal = row[0];
				expected.add(goal);
			}
			expected.add(row[1]);
		}
		assertThat(krn.allItems().map(PlanItem::code)).containsExactlyElementsOf(expected);
		assertThat(krn.items()).extracting(PlanItem::title).containsExactlyElementsOf(KRN_GOALS);
		assertThat(krn.items()).allSatisfy(g -> assertThat(g.children()).extracting(PlanItem::kind)
			.containsOnly(ItemKind.MEASURE));
		assertThat(krn.allItems().filter(i -> i.kind() == ItemKind.MEASURE)).hasSize(34);
		assertThat(krn.allItems().mapToInt(i -> i.indicators().size()).sum()).isEqualTo(48);
	}

	@Test
	void krnMeasuresHaveTheirIndicatorsResponsiblePartiesAndStrategyItems() {
		PlanTree krn = plans.tree(KRN);
		for (String[] row : rows(KRN_MEASURES)) {
			PlanItem measure = krn.item(row[1]).orElseThrow();
			assertThat(krn.pathTo(measure).get(0).code()).as(row[1] + " goal").isEqualTo(row[0]);
			assertThat(measure.strategyRefs()).as(row[1] + " strategy").extracting(ItemRef::planCode, ItemRef::code)
				.containsExactlyElementsOf(row[2].isEmpty() ? List.of() : List.of(pair(STRATEGY, row[2])));
			assertThat(measure.indicators()).as(row[1] + " indicators").hasSize(Integer.parseInt(row[3]));
			assertThat(measure.responsible()).as(row[1] + " Hovedansvar").extracting(Party::code)
				.containsExactlyElementsOf(codes(row[4]));
		}
		assertThat(indicatorsPerGoal(krn)).containsExactly(24, 12, 2, 6, 4);
	}

	@Test
	void krnGoalsLinkToTheStrategyGoalAndTheItemsTheyQuote() {
		PlanTree krn = plans.tree(KRN);
		for (int goal = 1; goal <= 5; goal++) {
			List<String> expected = new ArrayList<>(List.of(String.valueOf(goal)));
			expected.addAll(QUOTED_STRATEGY.get(goal - 1));
			assertThat(krn.items().get(goal - 1).strategyRefs()).as("goal " + goal)
				.extracting(ItemRef::code)
				.containsExactlyElementsOf(expected);
		}
		assertThat(krn.items().get(0).strategyRefs()).extracting(ItemRef::code)
			.containsExactly("1", "1.1", "1.2", "1.3", "1.4", "1.6");
		assertThat(krn.item("T1.1 a)").orElseThrow().strategyRefs()).extracting(ItemRef::code).containsExactly("1.1");
		assertThat(krn.item("4").orElseThrow().comment())
			.isEqualTo("Merknad: det skal utarbeides ny innovasjonsstrategi som vil gå mer i dybden");
	}

	@Test
	void krnCrossReferencesAreSeeAlsoLinks() {
		PlanTree krn = plans.tree(KRN);
		PlanItem t21c = krn.item("T2.1 c)").orElseThrow();
		assertThat(t21c.seeAlso()).extracting(ItemRef::planCode, ItemRef::code).containsExactly(pair(KRN, "T2.1 d)"));
		assertThat(t21c.indicators()).isEmpty();
		PlanItem t41a = krn.item("T4.1 a)").orElseThrow();
		assertThat(t41a.seeAlso()).extracting(ItemRef::code).containsExactly("T1.2 a) b)");
		assertThat(indicatorTexts(krn, "T4.1 a)"))
			.containsExactly("Jevnlig møteaktivitet mellom KRN og Inven2, Health2B og UiOs veksthus for livsvitenskap");
		assertThat(krn.allItems().filter(i -> !i.seeAlso().isEmpty()).map(PlanItem::code))
			.containsExactly("T2.1 c)", "T4.1 a)");
	}

	@Test
	void krnHasItsAdoptionShortlistAndFacts() {
		PlanTree krn = plans.tree(KRN);
		assertThat(krn.plan().kind()).isEqualTo(PlanKind.ACTION_PLAN);
		assertThat(krn.plan().title()).isEqualTo("Handlingsplan for forskning 2025-2029");
		assertThat(krn.plan().unit().code()).isEqualTo("KRN");
		assertThat(krn.plan().unit().name()).isEqualTo("Klinikk for radiologi og nukleærmedisin");
		assertThat(krn.plan().periodFrom()).isEqualTo(2025);
		assertThat(krn.plan().periodTo()).isEqualTo(2029);
		assertThat(krn.plan().parentCode()).isEqualTo(STRATEGY);
		assertThat(krn.plan().adoption().on()).isEqualTo(LocalDate.of(2026, 5, 11));
		assertThat(krn.plan().adoption().by()).isEqualTo("Klinikkledermøtet i KRN");
		assertThat(krn.plan().adoption().note())
			.isEqualTo("Er behandlet i FU KRN, av FG ledere i KRN. Vedtatt etter klinikkledermøte i KRN 11.05.26");
		assertThat(krn.shortlists()).extracting(s -> s.code(), s -> s.title())
			.containsExactly(pair("2026-2027", "Kortliste 2026-2027"));
		assertThat(krn.sections()).anySatisfy(s -> assertThat(s.body())
			.contains("Etter 2 år tar man en gjennomgang/status sjekk for å se hvor vi er, og eventuelt "
					+ "re-prioritere mellom tiltak."));
		assertThat(krn.parties()).filteredOn(p -> p.code().equals("FU KRN")).extracting(Party::name, Party::kind)
			.containsExactly(pair("Forskningsutvalget i KRN", PartyKind.BODY));
		assertThat(krn.parties()).filteredOn(p -> p.code().equals("FG ledere")).extracting(Party::name)
			.containsExactly("Forskningsgruppeledere");
	}

	@Test
	void krnTextsRepairedAcrossPageBreaks() {
		PlanTree krn = plans.tree(KRN);
		assertThat(indicatorTexts(krn, "T1.1 b)")).containsExactly(
				"Frontlinjemiljøer inviteres til å presentere på årlig FG ledermøte og PhD forskningsseminarer",
				"Erfaringsbaserte presentasjoner med søkelys på karriereplanlegging innen forskning");
		assertThat(indicatorTexts(krn, "T1.1 a)")).containsExactly(
				"Bruke frontlinjemiljøer til å hjelpe andre miljøer til å bli bedre", "Økt bredde på forskning",
				"Evaluere våre forskningsgrupper og gjøre endringer i organisering");
		assertThat(indicatorTexts(krn, "T1.3 c)")).containsExactly(
				"Bedret uthenting av forskningdata via FIONA og NeoMedSYS",
				"Jobbe for å få på plass e-henvisninger i studier", "Deling av data i offentlige «repositories»");
		assertThat(krn.item("T1.1 a)").orElseThrow().text())
			.isEqualTo("Bruke anbefalinger i rapporter fra Forskningsrådets nasjonale fagevaluering 2023-2024 "
					+ "(EVALMEDHELSE) og andre evalueringer for å identifisere forbedringsområder");
	}

	// --- The strategy KRN quotes ---

	@Test
	void theStrategyHoldsTheGoalsAndEveryItemKrnQuotes() {
		PlanTree strategy = plans.tree(STRATEGY);
		assertThat(strategy.plan().kind()).isEqualTo(PlanKind.STRATEGY);
		assertThat(strategy.plan().unit().code()).isEqualTo("OUS");
		assertThat(strategy.items()).extracting(PlanItem::code).containsExactly("1", "2", "3", "4", "5");
		assertThat(strategy.items()).extracting(PlanItem::title).containsExactlyElementsOf(KRN_GOALS);
		for (int goal = 1; goal <= 5; goal++) {
			assertThat(strategy.items().get(goal - 1).children()).extracting(PlanItem::code)
				.containsExactlyElementsOf(QUOTED_STRATEGY.get(goal - 1));
		}
		assertThat(strategy.item("1.1").orElseThrow().text())
			.isEqualTo("Videreutvikle forskningen i KRN med nødvendig bredde og kvalitet, slik at det understøtter "
					+ "frontlinjeforskning, innovasjon og gjennomgripende endringer i diagnostikk, og behandling.");
		assertThat(strategy.item("2.5").orElseThrow().text())
			.isEqualTo("Bidra til at forskningsresultater formidles til pasienter, brukerorganisasjoner og befolkningen.");
	}

	@Test
	void everyKrnMeasureLinkedToAStrategyItemIsFoundFromThatItem() {
		PlanItem strategy11 = plans.tree(STRATEGY).item("1.1").orElseThrow();
		assertThat(plans.linkingTo(strategy11.id())).extracting(l -> l.item().planCode() + " " + l.item().code())
			.contains(KRN + " 1", KRN + " T1.1 a)", KRN + " T1.1 b)", KRN + " T1.1 c)");
	}

	private static List<Integer> indicatorsPerGoal(PlanTree plan) {
		return plan.items().stream().map(g -> g.flatten().mapToInt(i -> i.indicators().size()).sum()).toList();
	}

	private static List<String> indicatorTexts(PlanTree plan, String code) {
		return plan.item(code).orElseThrow().indicators().stream().map(Indicator::text).toList();
	}

	private static List<String[]> rows(String table) {
		return table.lines()
			.filter(line -> !line.isBlank())
			.map(line -> Arrays.stream(line.split("\\|", -1)).map(String::trim).toArray(String[]::new))
			.toList();
	}

	private static List<String> codes(String cell) {
		return cell.isBlank() ? List.of() : Arrays.stream(cell.split(",")).map(String::trim).toList();
	}

	private static org.assertj.core.groups.Tuple pair(Object first, Object second) {
		return org.assertj.core.groups.Tuple.tuple(first, second);
	}
}
