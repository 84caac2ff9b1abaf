package no.planspor.followup;

import java.time.LocalDate;
import java.util.List;

import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;

/**
 * One item with where it stands, read across plans from the published read model
 * {@code item_follow_up} by {@link ItemStandings}: enough to list it on a page without loading its plan.
 *
 * @param parentCode the code of the item it sits under, or null for a goal
 * @param answering who answers for the item
 * @param shortlists the titles of the shortlists it is on
 * @param follow where it stands (no roll-up: that needs the plan's tree)
 */
public record ItemStanding(long itemId, InPlan plan, ItemKind kind, String code, String title, String text,
		LocalDate deadline, String parentCode, ItemKind parentKind, Answering answering, List<String> shortlists,
		ItemFollowUp follow) {

	/** The plan an item stands in, and the plan's unit. */
	public record InPlan(long id, String code, String title, int periodFrom, int periodTo, long unitId,
			String unitCode, String unitName) {
	}

	/**
	 * Who answers for an item: the parties of the item itself, or of the nearest item above it that
	 * names any.
	 *
	 * @param itemId the item whose parties these are, or null when nobody answers
	 * @param parties code, name and kind of each (the id is not read: 0)
	 */
	public record Answering(Long itemId, String itemCode, ItemKind itemKind, List<Party> parties) {

		public List<String> codes() {
			return parties.stream().map(Party::code).toList();
		}
	}

	/** What to show for the item: its title, else its text. */
	public String label() {
		return title != null ? title : text;
	}

	/** Whether the parties that answer are another item's (the item names nobody itself). */
	public boolean answeredFromAbove() {
		return answering.itemId() != null && answering.itemId() != itemId;
	}
}
