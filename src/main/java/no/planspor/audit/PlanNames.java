package no.planspor.audit;

import java.util.List;

/**
 * What the audit page needs to know of plans: each plan's code, to name an entry's plan and to
 * filter by it. The module that keeps plans implements it (today {@code plan}, in
 * {@code plan.directory}); that module records its changes here, so this one cannot ask it directly
 * without a cycle, nor read its tables.
 */
public interface PlanNames {

	record PlanName(long id, String code, String title) {
	}

	/** Every plan, ordered by code. */
	List<PlanName> plans();
}
