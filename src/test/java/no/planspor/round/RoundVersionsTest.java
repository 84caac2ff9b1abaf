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

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.round.internal.NewRound;
import no.planspor.round.internal.RoundSchedule;
import no.planspor.round.internal.Rounds;
import no.planspor.version.PlanVersion;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing a reporting round leaves a version of its plan (issue 11 §1), in the closing transaction:
 * by its owner, and on its closing day by Planspor itself; with the answers of the round in it.
 */
@PlansporTest
class RoundVersionsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Rounds rounds;

	@Autowired
	RoundSchedule schedule;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	PlanVersions versions;

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
	void closingARoundMakesAVersionWithItsAnswers() {
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), round("Status høst 2026")).id()));
		as(krn.leader(), () -> statuses.record(krn.plan(), "T1.1 a)",
				new StatusReport(State.ON_TRACK, today, 50, "Svar i runden."), null));
		assertThat(versions.list(krn.plan())).isEmpty();

		as(krn.owner(), () -> rounds.close(round.id()));

		List<PlanVersion> made = versions.list(krn.plan());
		assertThat(made).hasSize(1);
		assertThat(made.get(0).label()).isEqualTo("Statusrunde «Status høst 2026» lukket");
		assertThat(made.get(0).reason()).isEqualTo(VersionReason.ROUND);
		assertThat(made.get(0).madeBy()).isEqualTo(krn.owner());
		assertThat(versions.document(krn.plan(), 1)).contains("Svar i runden.");
		assertThat(AccountFixtures.auditOf(db, "VERSION", versionId(1))).hasSize(1);
	}

	@Test
	void aRoundClosedOnItsDayLeavesAVersionMadeByPlansporAndALongTitleStillFits() {
		String title = "Status " + "x".repeat(193);
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), round(title)).id()));
		as(krn.owner(), () -> rounds.schedule(round.id(), List.of(), round.due().plusDays(1), List.of()));

		schedule.run(round.due().plusDays(2));

		assertThat(rounds.require(round.id()).state()).isEqualTo(RoundState.CLOSED);
		List<PlanVersion> made = versions.list(krn.plan());
		assertThat(made).hasSize(1);
		assertThat(made.get(0).madeBy()).isEqualTo("system");
		assertThat(made.get(0).label()).hasSizeLessThanOrEqualTo(PlanVersions.LABEL_MAX)
			.startsWith("Statusrunde «Status xxx")
			.endsWith("…» lukket");
	}

	@Test
	void whenTheVersionCannotBeMadeTheRoundStaysOpenAndNothingIsWritten() {
		Round round = as(krn.owner(), () -> rounds.open(rounds.create(krn.plan(), round("Status vår 2027")).id()));
		int auditBefore = AccountFixtures.auditOf(db, "ROUND", round.id()).size();
		// The database refuses this plan's versions (as a full disk or a lost connection would).
		db.sql("""
				create function refuse_version_%1$d() returns trigger language plpgsql as
				$$ begin if new.plan_id = %1$d then raise exception 'no versions today'; end if; return new; end $$;
				create trigger refuse_version_%1$d before insert on plan_version for each row
				execute function refuse_version_%1$d();
				""".formatted(krn.planId())).update();
		try {
			assertThatThrownBy(() -> as(krn.owner(), () -> rounds.close(round.id())))
				.hasStackTraceContaining("no versions today");
		}
		finally {
			db.sql("drop trigger refuse_version_%1$d on plan_version; drop function refuse_version_%1$d();"
				.formatted(krn.planId())).update();
		}
		assertThat(rounds.require(round.id()).state()).isEqualTo(RoundState.OPEN);
		assertThat(AccountFixtures.auditOf(db, "ROUND", round.id())).hasSize(auditBefore);
		assertThat(versions.list(krn.plan())).isEmpty();

		as(krn.owner(), () -> rounds.close(round.id()));
		assertThat(versions.list(krn.plan())).hasSize(1);
	}

	private long versionId(int number) {
		return db.sql("select id from plan_version where plan_id = :plan and number = :n")
			.param("plan", krn.planId())
			.param("n", number)
			.query(Long.class)
			.single();
	}

	private NewRound round(String title) {
		return new NewRound(title, today.minusDays(3), today.plusDays(12), RoundScope.goals(List.of("1")),
				"Hei! Oppdater status på tiltakene dine.");
	}

	private <T> T as(String username, Supplier<T> work) {
		return AccountFixtures.as(accounts, username, work);
	}
}
