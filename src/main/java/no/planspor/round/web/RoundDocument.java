package no.planspor.round.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.planspor.round.Round;
import no.planspor.round.RoundResult;
import no.planspor.round.RoundResult.AskedItem;
import no.planspor.round.RoundResult.AskedPerson;

/**
 * A round as the API shows it: what it is, its state, and its progress (answered of asked, per person
 * and per item). docs/api.md, "Reporting rounds".
 */
record RoundDocument(long id, String plan, String title, LocalDate asOf, LocalDate due, Scope scope, String message,
		String owner, String state, Instant createdAt, Instant openedAt, Instant closedAt, LocalDate closesOn,
		List<Integer> reminderDays, int asked, int answered, List<Person> people, List<Item> items) {

	/** null for every measure; else the shortlist's code or the goals' codes. */
	record Scope(String shortlist, List<String> goals) {
	}

	record Person(String username, String name, int asked, int answered, List<String> missing) {
	}

	record Item(String code, String goal, boolean answered, List<String> asked, Answer answer) {
	}

	record Answer(String state, Integer progress, String text, LocalDate asOf, String author, Instant recordedAt) {
	}

	static RoundDocument of(RoundResult result) {
		Round round = result.round();
		Scope scope = round.scope().all() ? null : new Scope(round.scope().shortlist(), round.scope().goals());
		List<Person> people = result.people().stream().map(RoundDocument::person).toList();
		List<Item> items = result.items().stream().map(RoundDocument::item).toList();
		return new RoundDocument(round.id(), round.planCode(), round.title(), round.asOf(), round.due(), scope,
				round.message(), round.ownerName(), round.state().name(), round.createdAt(), round.openedAt(),
				round.closedAt(), round.closesOn(), round.reminderDays(), result.asked(), result.answered(), people,
				items);
	}

	private static Person person(AskedPerson person) {
		return new Person(person.username(), person.displayName(), person.asked(), person.answered(),
				person.missingCodes());
	}

	private static Item item(AskedItem item) {
		Answer answer = item.answer() == null ? null
				: new Answer(item.answer().state().name(), item.answer().progress(), item.answer().text(),
						item.answer().asOf(), item.answer().author(), item.answer().recordedAt());
		return new Item(item.code(), item.goalCode(), item.answered(), item.askedUsernames(), answer);
	}
}
