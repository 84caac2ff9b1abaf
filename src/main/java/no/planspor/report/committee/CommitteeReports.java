package no.planspor.report.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.followup.AsOfDates;
import no.planspor.followup.FollowUpAsOf;
import no.planspor.followup.FollowUpReader;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.round.Round;
import no.planspor.round.RoundReader;
import no.planspor.round.RoundResult;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Builds the committee's report for a plan: at a date, compared with an earlier one, or for a
 * reporting round, which is the same with the round's title and the items answered in it. A fixed
 * number of statements whatever the plan's size (the plan's tree, where it stood on both dates, who
 * answers for what).
 */
@Service
@Transactional(readOnly = true)
class CommitteeReports {

	/** How far back the report compares when no earlier date is asked for: half a year, a usual reporting cycle. */
	static final int DEFAULT_MONTHS_BACK = 6;

	private final PlanReader plans;

	private final FollowUpAsOf asOf;

	private final FollowUpReader followUps;

	private final RoundReader rounds;

	private final Clock clock;

	CommitteeReports(PlanReader plans, FollowUpAsOf asOf, FollowUpReader followUps, RoundReader rounds, Clock clock) {
		this.plans = plans;
		this.rounds = rounds;
		this.asOf = asOf;
		this.followUps = followUps;
		this.clock = clock;
	}

	/**
	 * The plan at {@code asOfText} (default: today, or the period's last day for an ended plan), compared
	 * with {@code sinceText} (default: half a year earlier). Dates are YYYY-MM-DD; a date outside the
	 * plan period is brought within it. 400 for a date that is none, or an earlier date not before the
	 * report's date.
	 */
	CommitteeReport atDate(String planCode, String asOfText, String sinceText) {
		PlanTree tree = plans.tree(planCode);
		List<Problem> problems = new ArrayList<>();
		LocalDate asked = date(asOfText, "asOf", problems);
		LocalDate since = date(sinceText, "since", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		AsOfDates dates = AsOfDates.of(tree.plan().periodFrom(), tree.plan().periodTo(), LocalDate.now(clock));
		LocalDate day = asked == null ? dates.latest() : clamp(asked, dates);
		LocalDate earlier = since == null ? day.minusMonths(DEFAULT_MONTHS_BACK) : since;
		if (!earlier.isBefore(day)) {
			throw InvalidInput.of("since", "report.committee.since-not-before", earlier, day);
		}
		return of(tree, ReportScope.atDate(day, earlier));
	}

	/**
	 * A reporting round's report: the items it asked about, as they stood when the round closed (today
	 * while it is open), compared with the as-of date of the plan's previous closed round (or half a year
	 * before); "no answer" means not answered while the round was open. Not as of the round's own as-of
	 * date: people answer with the day they answer, often after it, and the report must show their answers.
	 */
	CommitteeReport forRound(long roundId) {
		RoundResult result = rounds.result(roundId).orElseThrow(() -> new NotFound("round.not-found", roundId));
		Round round = result.round();
		LocalDate since = rounds.previousClosed(round)
			.map(Round::asOf)
			.filter(previous -> previous.isBefore(round.asOf()))
			.orElse(round.asOf().minusMonths(DEFAULT_MONTHS_BACK));
		Set<Long> asked = result.items().stream().map(RoundResult.AskedItem::itemId).collect(Collectors.toSet());
		Set<Long> answered = result.items()
			.stream()
			.filter(RoundResult.AskedItem::answered)
			.map(RoundResult.AskedItem::itemId)
			.collect(Collectors.toSet());
		LocalDate end = round.closedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(round.closedAt(), clock.getZone());
		LocalDate day = end.isBefore(round.asOf()) ? round.asOf() : end;
		return of(plans.tree(round.planCode()), new ReportScope(day, since, round.title(), asked, answered));
	}

	private CommitteeReport of(PlanTree tree, ReportScope scope) {
		return CommitteeReport.of(tree, asOf.of(tree, scope.asOf(), scope.since()), followUps.forPlan(tree), scope);
	}

	private static LocalDate clamp(LocalDate day, AsOfDates dates) {
		if (day.isBefore(dates.earliest())) {
			return dates.earliest();
		}
		return day.isAfter(dates.latest()) ? dates.latest() : day;
	}

	private static LocalDate date(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			problems.add(Problem.of(field, "report.committee.date", text.strip()));
			return null;
		}
	}
}
