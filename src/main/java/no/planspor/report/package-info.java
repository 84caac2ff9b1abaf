/**
 * Reading the plans: the catalogue, each plan as a document (a page, and an A4 PDF from the same
 * content), and a page per goal, sub-goal and measure; and the committee's report ({@code committee}: a plan at a date, what changed since an
 * earlier one, as a page, a PDF and a workbook; and per reporting round, read through
 * {@code round.RoundReader}); and a plan's version read as its document, through
 * {@code version.PlanVersions}. A leaf: no module uses it, and all its classes are
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = { "plan", "followup", "round", "shared", "version", "web" })
package no.planspor.report;
