package no.planspor.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.planspor.plan.Indicator;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.review.internal.DecisionInput;
import no.planspor.shared.Problem;

/**
 * A decision's form as typed: on a measure ({@code item}), or a new measure ({@code decision} names the
 * one being changed, if any). Parties are typed as codes separated by commas, indicators one a line.
 *
 * @param version the version of the decision the page showed, empty when it showed none
 */
record DecisionForm(String item, Long decision, Integer version, String kind, String reason, String text,
		String deadline, String responsible, String indicators, String parent, String code) {

	/** What the form reads as, with what could not be read (a kind or date that is none). */
	record Reading(DecisionInput input, List<Problem> problems) {
	}

	/** A measure's form: its decision as saved, else the measure as it stands. */
	static DecisionForm of(PlanItem item, Decision saved) {
		if (saved == null) {
			return new DecisionForm(item.code(), null, null, null, "", item.text(),
					item.deadline() == null ? "" : item.deadline().toString(), codes(item.responsible()),
					lines(item.indicators()), null, null);
		}
		return of(saved, item);
	}

	/** A saved decision's form; the measure's own wording where the decision proposes none. */
	static DecisionForm of(Decision saved, PlanItem item) {
		Decision.Proposal p = saved.proposal();
		String text = p != null ? p.text() : item == null ? "" : item.text();
		LocalDate deadline = p != null ? p.deadline() : item == null ? null : item.deadline();
		String responsible = p != null ? String.join(", ", p.responsible()) : item == null ? "" : codes(item.responsible());
		String indicators = p != null ? String.join("\n", p.indicators()) : item == null ? "" : lines(item.indicators());
		return new DecisionForm(saved.itemCode(), saved.id(), saved.version(), saved.kind().name(), saved.reason(), text,
				deadline == null ? "" : deadline.toString(), responsible, indicators, p == null ? null : p.parent(),
				p == null ? null : p.code());
	}

	static DecisionForm blankNew() {
		return new DecisionForm(null, null, null, DecisionKind.NEW.name(), "", "", "", "", "", null, "");
	}

	public boolean is(String choice) {
		return choice.equals(kind);
	}

	Reading read() {
		List<Problem> problems = new ArrayList<>();
		DecisionKind chosen = null;
		if (kind != null && !kind.isBlank()) {
			try {
				chosen = DecisionKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.of("kind", "review.decision.kind.required"));
			}
		}
		LocalDate day = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				day = LocalDate.parse(deadline.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(Problem.of("deadline", "review.deadline.invalid", deadline.strip()));
			}
		}
		Decision.Proposal proposal = new Decision.Proposal(parent, code, text, day, split(responsible, "[,;]"),
				split(indicators, "\\R"));
		return new Reading(new DecisionInput(item, chosen, reason, proposal), problems);
	}

	private static List<String> split(String value, String by) {
		return value == null ? List.of()
				: Arrays.stream(value.split(by)).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

	private static String codes(List<Party> parties) {
		return String.join(", ", parties.stream().map(Party::code).toList());
	}

	private static String lines(List<Indicator> indicators) {
		return String.join("\n", indicators.stream().map(Indicator::text).toList());
	}
}
