/**
 * The plan as an Excel workbook in the plan's own layout, and the workbook taken back: read, compared
 * with the plan as exported and as it is now, shown as a preview (changes, conflicts, problems by sheet,
 * row and column) and applied in one transaction through the plan's editing services and follow-up's
 * status recording, so that rules, versions and audit are those of every other edit. A leaf: no module
 * uses it. The pages and the API ({@code /api/plans/{plan}/xlsx}) are in this package; {@code internal}
 * writes, guards, reads and compares workbooks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbooks",
		allowedDependencies = { "plan", "plan :: editing", "followup", "account", "shared", "web" })
package no.planspor.workbook;
