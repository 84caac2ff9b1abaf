package no.planspor.exchange;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A plan as its planspor-plan/1 document at one moment, with what the document leaves out and a plan
 * version needs to follow items from one version to the next: their ids.
 *
 * @param itemIds the id of each item, in the order the document lists them (each item, then its
 *     children, depth first)
 */
public record PlanSnapshot(long planId, long unitId, ObjectNode document, List<Long> itemIds) {
}
