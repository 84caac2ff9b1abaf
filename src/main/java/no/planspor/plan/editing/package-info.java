/**
 * The writes to plans and the one store of item SQL. Published as the named interface {@code editing}
 * for modules that change a plan on a person's behalf through the same services as the editor's pages
 * (the workbook import), so that rules, versions and audit are the same for every edit.
 */
@org.springframework.modulith.NamedInterface("editing")
package no.planspor.plan.editing;
