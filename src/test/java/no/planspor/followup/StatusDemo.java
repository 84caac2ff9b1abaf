package no.planspor.followup;

import java.time.LocalDate;

import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;

/**
 * A realistic spread of statuses on a KRN copy, for looking at: most of goal 1 on track, one measure
 * delayed with its reason, one at risk, one stale, one on hold, one done, one cancelled, and one
 * measure with a long history that includes a correction.
 */
final class StatusDemo {

	/** The measure with the long history. */
	static final String LONG_HISTORY = "T1.1 a)";

	private StatusDemo() {
	}

	static void record(StatusUpdates statuses, UserAccounts accounts, String plan, LocalDate today) {
		AccountFixtures.as(accounts, "admin", () -> {
			StatusDemo demo = new StatusDemo();
			demo.spread(statuses, plan, today);
			return null;
		});
	}

	private void spread(StatusUpdates statuses, String plan, LocalDate today) {
		record(statuses, plan, LONG_HISTORY, State.NOT_STARTED, today.minusDays(300), null, null);
		record(statuses, plan, LONG_HISTORY, State.ON_TRACK, today.minusDays(210), 20,
				"Anbefalingene fra Forskningsrådets fagevaluering er gjennomgått i FU KRN.");
		record(statuses, plan, LONG_HISTORY, State.AT_RISK, today.minusDays(130), 30,
				"To forskergrupper mangler kapasitet til å følge opp anbefalingene før sommeren.");
		StatusUpdate wrong = record(statuses, plan, LONG_HISTORY, State.ON_TRACK, today.minusDays(45), 45,
				"Kapasiteten er løst med en midlertidig forskerstilling.", null);
		record(statuses, plan, LONG_HISTORY, State.ON_TRACK, today.minusDays(45), 50,
				"Kapasiteten er løst med en midlertidig forskerstilling. Halvparten av gruppene har rapportert.",
				wrong.id());
		record(statuses, plan, LONG_HISTORY, State.ON_TRACK, today.minusDays(6), 60,
				"Seks av ti forskergrupper har tatt anbefalingene inn i sine planer for neste år.");

		record(statuses, plan, "T1.1 b)", State.DONE, today.minusDays(30), 100,
				"Struktur for erfaringsutveksling er etablert: kvartalsvise møter med alle frontlinjemiljøer.");
		record(statuses, plan, "T1.1 c)", State.DELAYED, today.minusDays(12), 25,
				"Søknaden til EU-programmet ble utsatt til neste utlysning; ny frist er i mars.");
		record(statuses, plan, "T1.2 a) b)", State.ON_TRACK, today.minusDays(160), 50, "Årlig samling holdt i mai.");
		record(statuses, plan, "T1.3 a)", State.ON_HOLD, today.minusDays(60), null,
				"Venter på avklaring om IT-plattform fra UiO.");
		record(statuses, plan, "T1.3 d)", State.CANCELLED, today.minusDays(10), null, "Slått sammen med T1.3 c).");
		record(statuses, plan, "T1.4 a)", State.ON_TRACK, today.minusDays(15), 70, null);
		record(statuses, plan, "T2.1 a)", State.ON_TRACK, today.minusDays(25), 35, null);
		record(statuses, plan, "T2.1 d)", State.AT_RISK, today.minusDays(12), 15,
				"Færre egeninitierte studier enn planlagt; vi mangler studiesykepleier.");
		record(statuses, plan, "T3.3 a)", State.NOT_STARTED, today.minusDays(100), null, null);
	}

	private static StatusUpdate record(StatusUpdates statuses, String plan, String item, State state, LocalDate asOf,
			Integer progress, String text) {
		return record(statuses, plan, item, state, asOf, progress, text, null);
	}

	private static StatusUpdate record(StatusUpdates statuses, String plan, String item, State state, LocalDate asOf,
			Integer progress, String text, Long corrects) {
		return statuses.record(plan, item, new StatusReport(state, asOf, progress, text), corrects);
	}
}
