package no.planspor.plan;

import java.util.List;

/**
 * A whole plan to be created in one go, already checked by whoever built it (the importer checks
 * every member with its JSON path). Codes link things together: responsible party codes, shortlist
 * codes, see-also item codes in this plan and strategy item codes in the parent plan.
 */
public record NewPlan(String code, PlanKind kind, String title, String unitCode, String unitName, int periodFrom,
		int periodTo, String parentCode, PlanStatus status, Adoption adoption, List<NewSection> sections,
		List<Reference> references, List<NewParty> parties, List<NewShortlist> shortlists, List<NewItem> items) {

	public record NewSection(String heading, String body) {
	}

	public record NewParty(String code, String name, PartyKind kind) {
	}

	public record NewShortlist(String code, String title) {
	}

	public record NewIndicator(String text, Target target) {
	}

	/**
	 * An item of the new plan: its fields as any write of an item takes them, and what only a new plan
	 * brings along (indicators with their targets, the shortlists it is on, the items under it). Its
	 * {@code fields().parent()} names the item it lies under, as the nesting already says.
	 */
	public record NewItem(ItemFields fields, List<NewIndicator> indicators, List<String> shortlists,
			List<NewItem> children) {
	}
}
