/** Reading the plans: the catalogue, each plan as a document, and a page per goal, sub-goal and measure. */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package no.planspor.report;
