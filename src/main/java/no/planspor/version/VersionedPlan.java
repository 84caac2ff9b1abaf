package no.planspor.version;

import java.util.Map;

import no.planspor.followup.StatusReport;
import no.planspor.plan.PlanTree;

/**
 * A version read back as a plan, for pages that show it as the plan document: the tree as it was, and
 * each item's latest status as it was then. Items keep their ids (those a version follows them by);
 * parties, shortlists, sections and indicators, which a version keeps by code or place, get ids of their
 * own that mean nothing outside this value. Strategy links name the strategy's items as they are now
 * (a strategy is a plan with versions of its own).
 *
 * @param statuses by item id; items without a status then are left out
 */
public record VersionedPlan(PlanVersion version, PlanTree tree, Map<Long, StatusReport> statuses) {
}
