/** The plans themselves: units, parties, plans, their goal/sub-goal/measure trees, indicators and shortlists. */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package no.planspor.plan;
