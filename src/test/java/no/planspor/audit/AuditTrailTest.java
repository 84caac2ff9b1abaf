package no.planspor.audit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules read back: an item's history tab, a plan's history, the log since a moment. */
@PlansporTest
class AuditTrailTest {

	static final long ITEM = 880_001L;

	static final long OTHER_ITEM = 880_002L;

	static final long PLAN = 880_100L;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog log;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient db;

	@Test
	void anItemsHistoryIsItsOwnChangesNewestFirst() {
		long first = AuditRows.insert(db, Instant.parse("2024-01-10T10:00:00Z"), "kari", "UPDATED", "ITEM", PLAN, ITEM,
				"T1.1 a)", "text", "gammel", "ny");
		long second = AuditRows.insert(db, Instant.parse("2024-02-10T10:00:00Z"), "ola", "RECORDED", "STATUS", PLAN,
				ITEM, "T1.1 a)", "state", null, "ON_TRACK");
		AuditRows.insert(db, Instant.parse("2024-03-10T10:00:00Z"), "ola", "UPDATED", "ITEM", PLAN, OTHER_ITEM,
				"T1.1 b)", "text", "a", "b");

		List<AuditEntry> history = trail.forItem(ITEM);

		assertThat(history).extracting(AuditEntry::id).containsExactly(second, first);
		assertThat(history.get(1)).satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("kari");
			assertThat(entry.at()).isEqualTo(Instant.parse("2024-01-10T10:00:00Z"));
			assertThat(entry.field()).isEqualTo("text");
			assertThat(entry.oldValue()).isEqualTo("gammel");
			assertThat(entry.newValue()).isEqualTo("ny");
			assertThat(entry.planId()).isEqualTo(PLAN);
		});
		assertThat(trail.forPlan(PLAN)).extracting(AuditEntry::itemId).containsExactly(OTHER_ITEM, ITEM, ITEM);
		assertThat(trail.forPlan(PLAN, 1)).hasSize(1);
	}

	@Test
	void whatAModuleRecordsComesBackWithWhoDidIt() {
		long item = 880_500L;
		transaction.executeWithoutResult(status -> log.record(Change.updated("ITEM", item, PLAN + 1, item, "T9.9",
				"deadline", "2026-01-01", "2026-06-30")));

		assertThat(trail.forItem(item)).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo(AuditLog.SYSTEM);
			assertThat(entry.action()).isEqualTo("UPDATED");
			assertThat(entry.oldValue()).isEqualTo("2026-01-01");
			assertThat(entry.newValue()).isEqualTo("2026-06-30");
		});
	}

	@Test
	void sinceRunsForwardFromTheMomentAndStopsAtTheLimit() {
		String label = AuditRows.unique("siden");
		Instant start = Instant.parse("2019-06-01T00:00:00Z");
		long a = AuditRows.insert(db, start, "x", "UPDATED", "ITEM", null, null, label, null, null, null);
		long b = AuditRows.insert(db, start.plusSeconds(60), "x", "UPDATED", "ITEM", null, null, label, null, null, null);
		AuditRows.insert(db, start.minusSeconds(1), "x", "UPDATED", "ITEM", null, null, label, null, null, null);

		assertThat(trail.since(start, 2)).extracting(AuditEntry::id).containsExactly(a, b);
		assertThat(trail.since(start, 1)).extracting(AuditEntry::id).containsExactly(a);
	}
}
