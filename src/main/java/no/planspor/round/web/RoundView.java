package no.planspor.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import no.planspor.round.RoundResult;
import no.planspor.round.RoundResult.AskedItem;
import no.planspor.round.RoundResult.AskedPerson;

/**
 * What the round page shows of a result: answered of asked overall, by goal, by responsible party and
 * by person, and the items that pass the filters.
 *
 * @param show "all", "missing" or "answered"
 * @param goal a goal code or null; {@code party} a party code or null; {@code person} a username or null
 */
public record RoundView(RoundResult result, List<Tally> byGoal, List<Tally> byParty, List<AskedPerson> byPerson,
		List<AskedItem> items, String show, String goal, String party, String person, List<String> goals,
		List<String> parties) {

	/** Answered of asked, for one goal, party or person. */
	public record Tally(String key, String label, int asked, int answered) {

		public int percent() {
			return asked == 0 ? 0 : answered * 100 / asked;
		}
	}

	static RoundView of(RoundResult result, String show, String goal, String party, String person) {
		Map<String, int[]> goals = new LinkedHashMap<>();
		Map<String, String> goalLabels = new LinkedHashMap<>();
		Map<String, int[]> parties = new LinkedHashMap<>();
		for (AskedItem item : result.items()) {
			String key = item.goalCode() == null ? "" : item.goalCode();
			goalLabels.putIfAbsent(key, item.goalLabel());
			count(goals, key, item.answered());
			for (String code : item.partyCodes()) {
				count(parties, code, item.answered());
			}
		}
		List<Tally> byGoal = new ArrayList<>();
		goals.forEach((key, n) -> byGoal.add(new Tally(key, goalLabels.get(key), n[0], n[1])));
		List<Tally> byParty = new ArrayList<>();
		new TreeSet<>(parties.keySet()).forEach(key -> byParty.add(new Tally(key, key, parties.get(key)[0], parties.get(key)[1])));
		String shown = show == null || !List.of("missing", "answered").contains(show) ? "all" : show;
		List<AskedItem> items = result.items()
			.stream()
			.filter(item -> shown.equals("all") || (shown.equals("answered") == item.answered()))
			.filter(item -> goal == null || goal.isBlank() || goal.equals(item.goalCode()))
			.filter(item -> party == null || party.isBlank() || item.partyCodes().contains(party))
			.filter(item -> person == null || person.isBlank() || item.askedUsernames().contains(person))
			.toList();
		return new RoundView(result, byGoal, byParty, result.people(), items, shown, blank(goal), blank(party),
				blank(person), List.copyOf(goals.keySet()), List.copyOf(new TreeSet<>(parties.keySet())));
	}

	private static void count(Map<String, int[]> tallies, String key, boolean answered) {
		int[] n = tallies.computeIfAbsent(key, k -> new int[2]);
		n[0]++;
		if (answered) {
			n[1]++;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** The people who still owe answers. */
	public List<AskedPerson> owing() {
		return result.people().stream().filter(AskedPerson::owes).toList();
	}

	/** Whether any filter narrows the list. */
	public boolean filtered() {
		return !show.equals("all") || goal != null || party != null || person != null;
	}

	/** The display name of a username among those asked, or the username. */
	public String nameOf(String username) {
		return result.people()
			.stream()
			.filter(p -> p.username().equals(username))
			.map(AskedPerson::displayName)
			.findFirst()
			.orElse(username);
	}
}
