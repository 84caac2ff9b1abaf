package no.planspor.round.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.planspor.account.PartyMembers;
import no.planspor.account.PartyMembers.Member;
import no.planspor.round.Round;
import no.planspor.round.RoundResult;
import no.planspor.round.RoundResult.AskedItem;
import no.planspor.round.RoundResult.AskedPerson;
import no.planspor.round.internal.RoundLetters.Kind;
import no.planspor.round.internal.RoundLetters.LetterItem;

/**
 * What happens to open rounds by the calendar: on each reminder day (days around the due date, the
 * owner's schedule) those who still owe get a reminder listing only what is missing; after the due
 * date the owner gets a summary of what is missing on those days; after its closing day a round closes.
 *
 * <p>{@link RoundScheduling} runs it every hour of the working day. A reminder day that fell on a
 * weekend, or on a day the application was down, is caught up at the next run: the run sends the
 * latest reminder day that has come and has not been sent, never one per missed day, and never one
 * for a day before the round opened (its opening letter said it all). Running it again the same day
 * sends nothing twice: each scheduled letter is noted in {@code round_letter}, whose unique index
 * allows one per person, round, day and kind, and is queued only by the run whose note went in. The
 * owner who gets the summary on a day gets no reminder that day too: the summary lists their items.
 *
 * <p>Each round is its own transaction, so one round that fails (a deleted owner, a bad template)
 * holds up no other. Two nodes: {@code for update skip locked} leaves a round to the node that took it
 * first. Tests call {@link #run(LocalDate)} with the day they need.
 */
@Component
public class RoundSchedule {

	private static final Logger LOG = LoggerFactory.getLogger(RoundSchedule.class);

	/** What one run did. */
	public record Outcome(int reminders, int summaries, int closed) {

		static final Outcome NONE = new Outcome(0, 0, 0);

		Outcome plus(Outcome other) {
			return new Outcome(reminders + other.reminders, summaries + other.summaries, closed + other.closed);
		}
	}

	private final RoundStore store;

	private final AskedStore asked;

	private final Rounds rounds;

	private final PartyMembers members;

	private final RoundLetters letters;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RoundSchedule(RoundStore store, AskedStore asked, Rounds rounds, PartyMembers members, RoundLetters letters,
			PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.asked = asked;
		this.rounds = rounds;
		this.members = members;
		this.letters = letters;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Does what {@code today} calls for on every open round, each in its own transaction. */
	public Outcome run(LocalDate today) {
		Outcome total = Outcome.NONE;
		for (long id : store.openIds()) {
			try {
				Outcome one = transactions.execute(status -> store.lockOpen(id).map(round -> run(round, today))
					.orElse(Outcome.NONE));
				total = total.plus(one);
			}
			catch (RuntimeException e) {
				LOG.error("Reporting round {}: the scheduled run failed; the next run tries again", id, e);
			}
		}
		return total;
	}

	private Outcome run(Round round, LocalDate today) {
		if (round.closesOn() != null && today.isAfter(round.closesOn())) {
			rounds.closeOnItsDay(round);
			return new Outcome(0, 0, 1);
		}
		LocalDate openedOn = LocalDate.ofInstant(round.openedAt(), clock.getZone());
		Optional<LocalDate> reminderDay = latestDue(reminderDays(round), openedOn, today,
				asked.lastScheduled(round.id(), "REMINDER"));
		Optional<LocalDate> lastSummary = asked.lastScheduled(round.id(), "SUMMARY");
		Optional<LocalDate> summaryDay = latestDue(summaryDays(round), openedOn, today, lastSummary);
		if (reminderDay.isEmpty() && summaryDay.isEmpty()) {
			return Outcome.NONE;
		}
		RoundResult result = asked.result(round);
		boolean summarised = summaryDay.isPresent() && summary(result, today);
		boolean ownerHeardToday = summarised || lastSummary.filter(today::equals).isPresent();
		int reminders = 0;
		if (reminderDay.isPresent()) {
			List<AskedPerson> owing = result.people()
				.stream()
				.filter(AskedPerson::owes)
				.filter(person -> !(ownerHeardToday && Objects.equals(person.userId(), round.ownerId())))
				.toList();
			reminders = rounds.remind(result, owing, "REMINDER", today);
		}
		return new Outcome(reminders, summarised ? 1 : 0, 0);
	}

	/** The days those who still owe are reminded. */
	static List<LocalDate> reminderDays(Round round) {
		return round.reminderDays().stream().map(day -> round.due().plusDays(day)).toList();
	}

	/**
	 * The days the owner hears what is missing: each reminder day after the due date, or, when the
	 * schedule has none after it, the day after it.
	 */
	static List<LocalDate> summaryDays(Round round) {
		List<LocalDate> after = reminderDays(round).stream().filter(day -> day.isAfter(round.due())).toList();
		return after.isEmpty() ? List.of(round.due().plusDays(1)) : after;
	}

	/**
	 * The latest of {@code days} that has come by {@code today}, after the round opened and after the
	 * last one sent; empty when none is owed.
	 */
	static Optional<LocalDate> latestDue(List<LocalDate> days, LocalDate openedOn, LocalDate today,
			Optional<LocalDate> lastSent) {
		return days.stream()
			.filter(day -> !day.isAfter(today) && day.isAfter(openedOn))
			.max(LocalDate::compareTo)
			.filter(day -> lastSent.isEmpty() || lastSent.get().isBefore(day));
	}

	/** To the owner: every item still missing, with who owes it. */
	private boolean summary(RoundResult result, LocalDate today) {
		Round round = result.round();
		List<AskedItem> missing = result.items().stream().filter(item -> !item.answered()).toList();
		if (missing.isEmpty() || round.ownerId() == null) {
			return false;
		}
		Map<Long, Member> owner = members.people(List.of(round.ownerId()));
		Member to = owner.get(round.ownerId());
		if (to == null || to.email() == null || to.email().isBlank()) {
			return false;
		}
		Map<String, String> names = new java.util.HashMap<>();
		result.people().forEach(person -> names.put(person.username(), person.displayName()));
		List<LetterItem> items = new ArrayList<>();
		for (AskedItem item : missing) {
			String who = String.join(", ", item.askedUsernames().stream().map(names::get).toList());
			items.add(LetterItem.of(round.planCode(), item.code(), item.label(), who.isEmpty() ? null : who));
		}
		return asked.noteLetter(round.id(), round.ownerId(), "SUMMARY", today, items.size())
				&& letters.send(Kind.SUMMARY, round, to, items);
	}
}
