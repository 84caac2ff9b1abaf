package no.planspor.round.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.planspor.round.RoundScope;
import no.planspor.shared.Problem;

/**
 * What makes a round well formed, pure so that the page, the API and the tests check the same:
 * problems by JSON path ({@code $.title}, {@code $.asOf}, {@code $.due}, {@code $.scope.shortlist},
 * {@code $.scope.goals[n]}, {@code $.message}, {@code $.reminderDays}, {@code $.closesOn}).
 */
public final class RoundRules {

	public static final int TITLE_MAX = 200;

	public static final int MESSAGE_MAX = 4000;

	/** Reminders fall at most this many days before or after the due date. */
	public static final int REMINDER_REACH = 60;

	private RoundRules() {
	}

	/**
	 * @param shortlists the plan's shortlist codes
	 * @param goals the plan's goal codes
	 */
	public static List<Problem> check(NewRound round, int periodFrom, int periodTo, Collection<String> shortlists,
			Collection<String> goals) {
		List<Problem> problems = new ArrayList<>();
		if (round.title() == null || round.title().isBlank()) {
			problems.add(Problem.of("$.title", "round.title.required"));
		}
		else if (round.title().strip().length() > TITLE_MAX) {
			problems.add(Problem.of("$.title", "round.title.too-long", TITLE_MAX));
		}
		LocalDate first = LocalDate.of(periodFrom, 1, 1);
		LocalDate last = LocalDate.of(periodTo, 12, 31);
		if (round.asOf() == null) {
			problems.add(Problem.of("$.asOf", "round.as-of.required"));
		}
		else if (round.asOf().isBefore(first) || round.asOf().isAfter(last)) {
			problems.add(Problem.of("$.asOf", "round.date.outside-period", first, last));
		}
		if (round.due() == null) {
			problems.add(Problem.of("$.due", "round.due.required"));
		}
		else if (round.asOf() != null && round.due().isBefore(round.asOf())) {
			problems.add(Problem.of("$.due", "round.due.before-as-of", round.asOf()));
		}
		else if (round.due().isBefore(first) || round.due().isAfter(last)) {
			problems.add(Problem.of("$.due", "round.date.outside-period", first, last));
		}
		if (round.message() != null && round.message().strip().length() > MESSAGE_MAX) {
			problems.add(Problem.of("$.message", "round.message.too-long", MESSAGE_MAX));
		}
		RoundScope scope = round.scope();
		if (scope.shortlist() != null && !shortlists.contains(scope.shortlist())) {
			problems.add(Problem.of("$.scope.shortlist", "round.scope.shortlist.unknown", scope.shortlist()));
		}
		if (scope.goals() != null) {
			if (scope.goals().isEmpty()) {
				problems.add(Problem.of("$.scope.goals", "round.scope.goals.empty"));
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < scope.goals().size(); i++) {
				String goal = scope.goals().get(i);
				if (goal == null || !goals.contains(goal)) {
					problems.add(Problem.of("$.scope.goals[" + i + "]", "round.scope.goal.unknown", goal));
				}
				else if (!seen.add(goal)) {
					problems.add(Problem.of("$.scope.goals[" + i + "]", "round.scope.goal.twice", goal));
				}
			}
		}
		return problems;
	}

	/** A reminder schedule: days around the due date, none twice, within reach; and a closing day not before the due date. */
	public static List<Problem> checkSchedule(List<Integer> reminderDays, LocalDate closesOn, LocalDate due,
			LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < reminderDays.size(); i++) {
			Integer day = reminderDays.get(i);
			if (day == null || Math.abs(day) > REMINDER_REACH) {
				problems.add(Problem.of("$.reminderDays[" + i + "]", "round.reminder.out-of-reach", REMINDER_REACH));
			}
			else if (!seen.add(day)) {
				problems.add(Problem.of("$.reminderDays[" + i + "]", "round.reminder.twice", day));
			}
		}
		if (closesOn != null && (closesOn.isBefore(due) || closesOn.isBefore(today))) {
			problems.add(Problem.of("$.closesOn", "round.closes-on.too-early", due.isAfter(today) ? due : today));
		}
		return problems;
	}
}
