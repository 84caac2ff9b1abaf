/** Following plans up: status updates with history, indicator targets and measurements, the plan table, my items. */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package no.planspor.followup;
