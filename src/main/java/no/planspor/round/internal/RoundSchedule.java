package no.planspor.round.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
 * date the owner gets a summary of what is missing on those days; on its closing day a round closes.
 *
 * <p>{@link RoundScheduling} runs it every hour of the working day; what it does
 * depends only on the day, so running it again the same day sends nothing twice: each scheduled
 * letter is noted in {@code round_letter}, whose unique index allows one per person, round, day and
 * kind, and is queued only by the run whose note went in. Two nodes: {@code for update skip locked}
 * leaves a round to the node that took it first. Tests call {@link #run(LocalDate)} with the day they need.
 */
@Component
public class RoundSchedule {

	/** What one run did. */
	public record Outcome(int reminders, int summaries, int closed) {
	}

	private final RoundStore store;

	private final AskedStore asked;

	private final Rounds rounds;

	private final PartyMembers members;

	private final RoundLetters letters;

	private final Clock clock;

	RoundSchedule(RoundStore store, AskedStore asked, Rounds rounds, PartyMembers members, RoundLetters letters,
			Clock clock) {
		this.store = store;
		this.asked = asked;
		this.rounds = rounds;
		this.members = members;
		this.letters = letters;
		this.clock = clock;
	}

	/** Does what {@code today} calls for on every open round. */
	@Transactional
	public Outcome run(LocalDate today) {
		int reminders = 0;
		int summaries = 0;
		int closed = 0;
		for (Round round : store.openForWork()) {
			if (round.closesOn() != null && !today.isBefore(round.closesOn())) {
				rounds.closeOnItsDay(round);
				closed++;
				continue;
			}
			boolean remind = reminderDay(round, today);
			boolean summarise = summaryDay(round, today);
			if (!remind && !summarise) {
				continue;
			}
			RoundResult result = asked.result(round);
			if (remind) {
				List<AskedPerson> owing = result.people().stream().filter(AskedPerson::owes).toList();
				reminders += rounds.remind(result, owing, "REMINDER", today);
			}
			if (summarise && summary(result, today)) {
				summaries++;
			}
		}
		return new Outcome(reminders, summaries, closed);
	}

	static boolean reminderDay(Round round, LocalDate today) {
		return round.reminderDays().stream().anyMatch(day -> round.due().plusDays(day).equals(today));
	}

	/**
	 * The owner hears what is missing after the due date: on each reminder day after it, or, when the
	 * schedule has none after the due date, on the day after it.
	 */
	static boolean summaryDay(Round round, LocalDate today) {
		if (!today.isAfter(round.due())) {
			return false;
		}
		boolean later = round.reminderDays().stream().anyMatch(day -> day > 0);
		return later ? reminderDay(round, today) : today.equals(round.due().plusDays(1));
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
