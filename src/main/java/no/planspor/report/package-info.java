/**
 * Reading the plans: the catalogue, each plan as a document, and a page per goal, sub-goal and
 * measure. A leaf: no module uses it, and all its classes are package-private, so it has no
 * sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = { "plan", "followup", "shared", "web" })
package no.planspor.report;
