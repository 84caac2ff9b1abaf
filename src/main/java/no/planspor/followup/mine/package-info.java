/** "Mine tiltak": every item, across plans, that one of the signed-in person's parties answers for. */
package no.planspor.followup.mine;
