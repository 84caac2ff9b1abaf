package no.planspor.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.planspor.shared.Problem;

/** What makes a status update acceptable, wherever it comes from (form, API, import). */
public final class StatusRules {

	public static final int TEXT_MAX = 4000;

	private StatusRules() {
	}

	/**
	 * @param path prefix for problem paths, e.g. {@code $.items[0].status} or {@code $}
	 */
	public static List<Problem> check(StatusReport status, int periodFrom, int periodTo, LocalDate today, String path) {
		List<Problem> problems = new ArrayList<>();
		if (status.state() == null) {
			problems.add(Problem.of(path + ".state", "status.state.required"));
		}
		if (status.asOf() == null) {
			problems.add(Problem.of(path + ".asOf", "status.as-of.required"));
		}
		else if (status.asOf().isAfter(today)) {
			problems.add(Problem.of(path + ".asOf", "status.as-of.future", status.asOf()));
		}
		else if (status.asOf().getYear() < periodFrom || status.asOf().getYear() > periodTo) {
			problems.add(Problem.of(path + ".asOf", "status.as-of.outside-period", status.asOf(), periodFrom, periodTo));
		}
		if (status.progress() != null && (status.progress() < 0 || status.progress() > 100)) {
			problems.add(Problem.of(path + ".progress", "status.progress.range", status.progress()));
		}
		boolean blank = status.text() == null || status.text().isBlank();
		if (status.state() != null && status.state().needsNarrative() && blank) {
			problems.add(Problem.of(path + ".text", "status.text.required"));
		}
		if (!blank && status.text().length() > TEXT_MAX) {
			problems.add(Problem.of(path + ".text", "status.text.too-long", status.text().length(), TEXT_MAX));
		}
		return problems;
	}
}
