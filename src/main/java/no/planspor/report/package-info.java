/**
 * Reading the plans: the catalogue, each plan as a document (a page, and an A4 PDF from the same
 * content), and a page per goal, sub-goal and measure; and the committee's report ({@code committee}: a plan at a date, what changed since an
 * earlier one, as a page, a PDF and a workbook; and per reporting round, read through
 * {@code round.RoundReader}); a plan's version read as its document, through
 * {@code version.PlanVersions}; and the review summary as a PDF for the committee ({@code review}, read through
 * {@code review.ReviewReader}). A leaf: no module uses it, and all its classes are
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = { "plan", "followup", "review", "round", "shared", "version", "web" })
package no.planspor.report;
