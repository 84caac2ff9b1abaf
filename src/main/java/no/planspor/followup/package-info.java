/**
 * Following plans up: status updates with history, indicator targets and measurements, the plan
 * table, "Mine tiltak".
 *
 * <p>This package is the module's API, what other modules may use: where items stand
 * ({@link no.planspor.followup.FollowUpReader} for a loaded plan, {@link no.planspor.followup.ItemStandings}
 * for lists across plans; both read the module's published read model, the view {@code item_follow_up}
 * of migration V7, which other modules may also read in SQL), recording and importing
 * status ({@link no.planspor.followup.StatusUpdates}, {@link no.planspor.followup.StatusRules}), a plan's
 * whole history read out and written back for a full archive ({@link no.planspor.followup.FollowUpHistory}), and
 * the status and indicator sections of the item page ({@link no.planspor.followup.StatusPanels},
 * {@link no.planspor.followup.IndicatorPanels}), with the records they return. The sub-packages are
 * internal: {@code status} (the status pages, forms and API, who may record, the period guard),
 * {@code indicator} (targets, measurements and progress), {@code table} (the plan table) and
 * {@code mine} ("Mine tiltak").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
		allowedDependencies = { "plan", "account", "audit", "web", "shared" })
package no.planspor.followup;
