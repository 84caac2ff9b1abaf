package no.planspor.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.followup.OwedRounds;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.round.RoundResult.AskedPerson;
import no.planspor.round.internal.NewRound;
import no.planspor.round.internal.Preview;
import no.planspor.round.internal.RoundSchedule;
import no.planspor.round.internal.Rounds;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A round's life on a KRN copy with people mapped to parties: who is asked (the inherited rule of
 * "Mine tiltak"), one letter per person on opening, answers counted while the round is open and frozen
 * when it closes, reminders only to those who still owe, at most one scheduled one a day, and every
 * refusal naming its field with nothing written.
 */
@PlansporTest
class RoundsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Rounds rounds;

	@Autowired
	RoundReader reader;

	@Autowired
	RoundSchedule schedule;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	OwedRounds owed;

	@Autowired
	Clock clock;

	RoundPlans.Krn krn;

	LocalDate today;

	@BeforeEach
	void plan() {
		krn = RoundPlans.krn(port, db, accounts);
		today = LocalDate.now(clock);
	}

	@Test
	void thePreviewAsksThoseWhoStandForTheAnsweringPartiesAndListsItemsNobodyCanBeAskedAbout() {
		Round round = as(krn.owner(), () -> rounds.create(krn.plan(), goal1()));
		assertThat(round.state()).isEqualTo(RoundState.DRAFT);
		assertThat(round.ownerName()).isEqualTo("Test " + krn.owner());

		Preview preview = rounds.preview(round);
		assertThat(preview.items()).extracting(asked -> asked.item().goalCode()).containsOnly("1");
		assertThat(preview.people()).extracting(person -> person.member().username())
			.containsExactlyInAnyOrder(krn.leader(), krn.crai());
		assertThat(codesOf(preview, krn.crai())).contains("T1.2 a) b)", "T1.3 d)", "T1.4 b)").doesNotContain("T1.1 a)");
		assertThat(codesOf(preview, krn.leader())).contains("T1.1 a)", "T1.2 a) b)").doesNotContain("T1.3 d)");
		// RAD 2.0 and AFU: nobody stands for them
		assertThat(preview.nobodyAsked()).extracting(asked -> asked.item().code()).contains("T1.3 a)", "T1.3 b)");
	}

	@Test
	void openingSendsOneLetterPerPersonAndAnAnswerCountsWhileTheRoundIsOpen() {
		Round draft = as(krn.owner(), () -> rounds.create(krn.plan(), goal1()));
		as(krn.crai(), () -> record("T1.3 d)"));
		Round open = as(krn.owner(), () -> rounds.open(draft.id()));
		assertThat(open.state()).isEqualTo(RoundState.OPEN);
		assertThat(letters(draft.id(), "ASKED")).containsExactlyInAnyOrder(krn.leader(), krn.crai());

		RoundResult before = reader.result(draft.id()).orElseThrow();
		assertThat(before.answered()).as("a status recorded before opening does not answer").isZero();
		assertThat(before.asked()).isEqualTo(rounds.preview(draft).items().size());

		as(krn.crai(), () -> record("T1.3 d)"));
		RoundResult after = reader.result(draft.id()).orElseThrow();
		assertThat(after.answered()).isEqualTo(1);
		assertThat(item(after, "T1.3 d)").answer().state()).isEqualTo(State.ON_TRACK);
		AskedPerson crai = person(after, krn.crai());
		assertThat(crai.answered()).isEqualTo(1);
		assertThat(crai.missingCodes()).doesNotContain("T1.3 d)").isNotEmpty();

		// "Mine tiltak" learns what the person still owes
		long craiId = RoundPlans.id(db, krn.crai());
		List<OwedRounds.OwedRound> owes = owed.owedBy(craiId);
		assertThat(owes).extracting(OwedRounds.OwedRound::roundId).contains(draft.id());
		assertThat(owes.stream().filter(r -> r.roundId() == draft.id()).findFirst().orElseThrow().itemIds())
			.hasSize(crai.missingCodes().size());

		Round closed = as(krn.owner(), () -> rounds.close(draft.id()));
		assertThat(closed.state()).isEqualTo(RoundState.CLOSED);
		as(krn.leader(), () -> record("T1.1 a)"));
		RoundResult frozen = reader.result(draft.id()).orElseThrow();
		assertThat(frozen.answered()).as("an update after closing goes into the history only").isEqualTo(1);
		assertThat(item(frozen, "T1.1 a)").answered()).isFalse();
		assertThat(owed.owedBy(craiId)).extracting(OwedRounds.OwedRound::roundId).doesNotContain(draft.id());

		// Each step is in the audit log, by who took it, its state as a value with a kind (worded when shown).
		List<String> audit = no.planspor.account.AccountFixtures.auditOf(db, "ROUND", draft.id());
		assertThat(audit).hasSize(3);
		assertThat(audit.get(0)).startsWith(krn.owner() + " CREATED");
		assertThat(audit.get(1)).startsWith(krn.owner() + " UPDATED state:").contains("DRAFT", "OPEN", "round-state");
		assertThat(audit.get(2)).contains("OPEN", "CLOSED");
	}

	@Test
	void eachPersonGetsOneLetterWithTheirItemsAndDirectLinksAndARemindsListsOnlyWhatIsMissing() {
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), goal1()).id()));
		RoundResult opened = reader.result(round.id()).orElseThrow();
		AskedPerson crai = person(opened, krn.crai());
		AskedPerson leader = person(opened, krn.leader());

		List<Mail> toCrai = mail(krn.crai());
		assertThat(toCrai).as("one letter, never one per item").hasSize(1);
		Mail letter = toCrai.get(0);
		assertThat(letter.purpose()).isEqualTo("round-asked");
		assertThat(letter.subject()).contains("Status høst 2026");
		assertThat(letter.text()).contains("Hei Test " + krn.crai(), "Hei! Oppdater status på tiltakene dine.",
				"http://localhost:8080/plans/" + krn.plan() + "/items/T1.3%20d)#status-form");
		for (String code : crai.itemCodes()) {
			assertThat(letter.text()).contains("- " + code + " ");
		}
		assertThat(letter.text()).doesNotContain("- T1.1 a) ");
		assertThat(letter.html()).contains("href=\"http://localhost:8080/plans/" + krn.plan() + "/items/T1.3%20d)#status-form\"");
		assertThat(mail(krn.leader())).hasSize(1);
		assertThat(mail(krn.leader()).get(0).text()).contains("- T1.1 a) ");

		as(krn.leader(), () -> record("T1.1 a)"));
		as(krn.owner(), () -> rounds.remind(round.id(), null));
		List<Mail> reminded = mail(krn.leader());
		assertThat(reminded).hasSize(2);
		Mail reminder = reminded.get(1);
		assertThat(reminder.purpose()).isEqualTo("round-reminder");
		assertThat(reminder.text()).doesNotContain("- T1.1 a) ").contains("- " + leader.itemCodes().get(1) + " ");
	}

	/** A letter in the outbox. */
	record Mail(String purpose, String subject, String text, String html) {
	}

	private List<Mail> mail(String username) {
		return db.sql("""
				select purpose, subject, text_body as text, html_body as html from mail_letter
				where to_address = :to order by id
				""").param("to", username + "@planspor.test").query(Mail.class).list();
	}

	@Test
	void remindersGoOnlyToThoseWhoOweAtMostOnceADayAndRemindNowGoesOutAnyway() {
		// A round on shortlist-free goal 1; CRAI answers everything asked of them
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), goal1()).id()));
		RoundResult opened = reader.result(round.id()).orElseThrow();
		for (String code : person(opened, krn.crai()).itemCodes()) {
			as(krn.crai(), () -> record(code));
		}
		assertThat(person(reader.result(round.id()).orElseThrow(), krn.crai()).owes()).isFalse();

		LocalDate weekBefore = round.due().minusDays(7);
		RoundSchedule.Outcome first = schedule.run(weekBefore);
		assertThat(letters(round.id(), "REMINDER")).containsExactly(krn.leader());
		RoundSchedule.Outcome again = schedule.run(weekBefore);
		assertThat(letters(round.id(), "REMINDER")).as("one scheduled letter a day").containsExactly(krn.leader());
		assertThat(first.reminders()).isGreaterThanOrEqualTo(1);
		assertThat(again.reminders()).isZero();
		schedule.run(weekBefore.plusDays(1));
		assertThat(letters(round.id(), "REMINDER")).as("not a reminder day").hasSize(1);

		// now, even though one went out today; and to one person
		assertThat(as(krn.owner(), () -> rounds.remind(round.id(), null))).isEqualTo(1);
		assertThat(as(krn.owner(), () -> rounds.remind(round.id(), krn.leader()))).isEqualTo(1);
		assertThat(letters(round.id(), "REMINDED")).containsExactly(krn.leader(), krn.leader());
		assertRefused(() -> as(krn.owner(), () -> rounds.remind(round.id(), krn.crai())), "$.username");

		// after the due date the owner gets a summary of what is missing
		schedule.run(round.due().plusDays(3));
		assertThat(letters(round.id(), "SUMMARY")).containsExactly(krn.owner());
		assertThat(letters(round.id(), "REMINDER")).containsExactly(krn.leader(), krn.leader());
	}

	@Test
	void aRoundClosesAfterItsClosingDay() {
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), goal1()).id()));
		as(krn.owner(), () -> rounds.schedule(round.id(), List.of(-2, 0), round.due().plusDays(5), List.of()));
		assertThat(rounds.require(round.id()).reminderDays()).containsExactly(-2, 0);
		schedule.run(round.due());
		assertThat(letters(round.id(), "SUMMARY")).isEmpty();
		schedule.run(round.due().plusDays(1));
		schedule.run(round.due().plusDays(4));
		assertThat(rounds.require(round.id()).state()).isEqualTo(RoundState.OPEN);
		assertThat(letters(round.id(), "SUMMARY")).as("no reminder day after the due date: the day after it")
			.containsExactly(krn.owner());
		schedule.run(round.due().plusDays(5));
		assertThat(rounds.require(round.id()).state()).as("answers still count all of its closing day")
			.isEqualTo(RoundState.OPEN);
		schedule.run(round.due().plusDays(6));
		assertThat(rounds.require(round.id()).state()).isEqualTo(RoundState.CLOSED);
		assertThat(no.planspor.account.AccountFixtures.auditOf(db, "ROUND", round.id()))
			.last().asString().startsWith("system UPDATED state:").contains("CLOSED");
	}

	@Test
	void aMissedReminderDayIsCaughtUpOnceAtTheNextRun() {
		// Default schedule: 7 days before the due date, on it, and 3 days after
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), goal1()).id()));
		schedule.run(round.due().minusDays(8));
		assertThat(letters(round.id(), "REMINDER")).as("no reminder day has come").isEmpty();

		// Both days before the due date were missed (a weekend, the application down): one reminder, not two
		schedule.run(round.due().plusDays(1));
		assertThat(letters(round.id(), "REMINDER")).containsExactlyInAnyOrder(krn.leader(), krn.crai());
		assertThat(letters(round.id(), "SUMMARY")).as("the summary's day has not come").isEmpty();
		schedule.run(round.due().plusDays(2));
		assertThat(letters(round.id(), "REMINDER")).as("caught up already").hasSize(2);

		// A reminder day before the round opened is no reminder: the opening letter was one
		Round late = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(),
				new NewRound("Sen runde", today.minusDays(3), today.plusDays(2), RoundScope.goals(List.of("1")), null))
			.id()));
		schedule.run(today.plusDays(1));
		assertThat(letters(late.id(), "REMINDER")).isEmpty();
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
		long before = AccountFixtures.count(db, "reporting_round");
		assertRefused(() -> as(krn.owner(), () -> rounds.create(krn.plan(),
				new NewRound("Høst", today, today.minusDays(1), null, null))), "$.due");
		assertRefused(() -> as(krn.owner(), () -> rounds.create(krn.plan(),
				new NewRound("Høst", LocalDate.of(2024, 12, 1), today, null, null))), "$.asOf");
		assertRefused(() -> as(krn.owner(), () -> rounds.create(krn.plan(),
				new NewRound("Høst", today, LocalDate.of(2030, 1, 1), null, null))), "$.due");
		assertRefused(() -> as(krn.owner(), () -> rounds.create(krn.plan(),
				new NewRound("Høst", today, today.plusDays(7), RoundScope.shortlist("2099"), null))),
				"$.scope.shortlist");
		assertRefused(() -> as(krn.owner(), () -> rounds.create(krn.plan(),
				new NewRound("Høst", today, today.plusDays(7), RoundScope.goals(List.of("1", "9")), null))),
				"$.scope.goals[1]");
		assertRefused(() -> as(krn.owner(), () -> rounds.create(krn.plan(),
				new NewRound(" ", null, null, null, null))), "$.title", "$.asOf", "$.due");
		assertThat(AccountFixtures.count(db, "reporting_round")).isEqualTo(before);

		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), goal1()).id()));
		long asked = AccountFixtures.count(db, "round_letter");
		assertRefused(() -> as(krn.owner(), () -> rounds.open(round.id())), "$.state");
		as(krn.owner(), () -> rounds.close(round.id()));
		assertRefused(() -> as(krn.owner(), () -> rounds.remind(round.id(), null)), "$.state");
		assertRefused(() -> as(krn.owner(), () -> rounds.close(round.id())), "$.state");
		assertThat(AccountFixtures.count(db, "round_letter")).isEqualTo(asked);
	}

	@Test
	void onlyAnEditorOfThePlansUnitOrAnAdministratorRunsARound() {
		assertThatThrownBy(() -> as(krn.leader(), () -> rounds.create(krn.plan(), goal1())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(krn.reader(), () -> rounds.create(krn.plan(), goal1())))
			.isInstanceOf(AccessDeniedException.class);
		Round round = as("admin", () -> rounds.create(krn.plan(), goal1()));
		assertThatThrownBy(() -> as(krn.crai(), () -> rounds.open(round.id()))).isInstanceOf(AccessDeniedException.class);
		assertThat(rounds.require(round.id()).state()).isEqualTo(RoundState.DRAFT);
	}

	private NewRound goal1() {
		return new NewRound("Status høst 2026", today.minusDays(3), today.plusDays(12), RoundScope.goals(List.of("1")),
				"Hei! Oppdater status på tiltakene dine.");
	}

	private Object record(String code) {
		return statuses.record(krn.plan(), code, new StatusReport(State.ON_TRACK, today, 50, "Går fint."), null);
	}

	private <T> T as(String username, Supplier<T> work) {
		return AccountFixtures.as(accounts, username, work);
	}

	private List<String> letters(long roundId, String kind) {
		return db.sql("""
				select u.username from round_letter l join app_user u on u.id = l.user_id
				where l.round_id = :round and l.kind = :kind order by l.id
				""").param("round", roundId).param("kind", kind).query(String.class).list();
	}

	private static List<String> codesOf(Preview preview, String username) {
		return preview.people()
			.stream()
			.filter(person -> person.member().username().equals(username))
			.flatMap(person -> person.items().stream().map(item -> item.code()))
			.toList();
	}

	private static RoundResult.AskedItem item(RoundResult result, String code) {
		return result.items().stream().filter(item -> item.code().equals(code)).findFirst().orElseThrow();
	}

	private static AskedPerson person(RoundResult result, String username) {
		return result.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
	}

	private static void assertRefused(Runnable call, String... paths) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(refused.problems()).extracting(Problem::path).containsExactlyInAnyOrder(paths));
	}
}
