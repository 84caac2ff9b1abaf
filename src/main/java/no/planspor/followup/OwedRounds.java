package no.planspor.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The open reporting rounds that still wait for a person's answers, for "Mine tiltak". Declared here
 * and implemented by the module that keeps rounds, so that follow-up needs to know nothing of rounds
 * (the dependency points from rounds to follow-up). With no implementation, nobody owes anything.
 */
public interface OwedRounds {

	/**
	 * One open round, and the items it still waits for from the person.
	 *
	 * @param path where the round's page is
	 * @param itemIds the items asked of the person that nobody has answered since the round opened
	 */
	record OwedRound(long roundId, String planCode, String title, LocalDate due, String path, List<Long> itemIds) {
	}

	/** The open rounds that wait for answers from user {@code userId}, soonest due first; one statement. */
	List<OwedRound> owedBy(long userId);
}
