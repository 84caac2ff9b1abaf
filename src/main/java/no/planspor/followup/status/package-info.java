/**
 * Status updates in the browser and over HTTP (forms, pages, the status API), who may record
 * follow-up on an item, how bad each state is, and the guard that keeps a plan's period around what
 * has been recorded.
 */
package no.planspor.followup.status;
