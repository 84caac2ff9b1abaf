package no.planspor.plan;

import java.time.LocalDate;
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

	public record NewItem(ItemKind kind, String code, String title, String text, List<String> strategyRefs,
			List<NewIndicator> indicators, List<String> responsible, LocalDate deadline, String comment,
			List<String> shortlists, List<String> seeAlso, List<NewItem> children) {
	}
}
