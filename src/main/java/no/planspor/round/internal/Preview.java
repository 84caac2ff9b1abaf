package no.planspor.round.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.planspor.account.PartyMembers.Member;

/**
 * Who a round would ask, about what: for each measure in scope, the people who stand for its answering
 * parties; and per person, their items (one letter each). Items nobody can be asked about are listed
 * apart, so that the owner maps people to parties before opening.
 */
public record Preview(List<Asked> items, List<Person> people) {

	/** One item and the people who would be asked about it. */
	public record Asked(ScopeItem item, List<Member> people) {

		public boolean nobody() {
			return people.isEmpty();
		}
	}

	/** One person and the items they would be asked about. */
	public record Person(Member member, List<ScopeItem> items) {

		public boolean reachable() {
			return member.email() != null && !member.email().isBlank();
		}
	}

	/** The preview of {@code items}, given everyone who stands for a party in the plan or its unit. */
	public static Preview of(List<ScopeItem> items, List<Member> members) {
		List<Asked> asked = new ArrayList<>();
		Map<Long, Member> byUser = new LinkedHashMap<>();
		Map<Long, List<ScopeItem>> itemsOf = new LinkedHashMap<>();
		for (ScopeItem item : items) {
			Map<Long, Member> who = new LinkedHashMap<>();
			for (Member member : members) {
				if (item.partyCodes().contains(member.partyCode())) {
					who.putIfAbsent(member.userId(), member);
				}
			}
			asked.add(new Asked(item, List.copyOf(who.values())));
			for (Member member : who.values()) {
				byUser.putIfAbsent(member.userId(), member);
				itemsOf.computeIfAbsent(member.userId(), id -> new ArrayList<>()).add(item);
			}
		}
		List<Person> people = byUser.values()
			.stream()
			.map(member -> new Person(member, List.copyOf(itemsOf.get(member.userId()))))
			.sorted(java.util.Comparator.comparing((Person p) -> p.member().displayName()).thenComparing(p -> p.member().username()))
			.toList();
		return new Preview(List.copyOf(asked), people);
	}

	public List<Asked> nobodyAsked() {
		return items.stream().filter(Asked::nobody).toList();
	}

	public List<Person> withoutEmail() {
		return people.stream().filter(person -> !person.reachable()).toList();
	}
}
