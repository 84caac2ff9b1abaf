/**
 * A plan's road from draft to adopted, and the step into its next period (issue 11 §4, §5): editors
 * submit a draft for consideration by a body (til behandling: FU KRN); administrators and the unit's
 * leaders adopt it (on a date, by a body, with a note, and Planspor makes a version "Vedtatt …") or
 * send it back with a comment; and "Ny plan fra denne" copies a plan into a new period as a draft.
 * {@link no.planspor.adoption.PlanAdoption} is what pages (and templates, as {@code @planAdoption}) use;
 * {@code internal} keeps the steps (the table {@code adoption_step}), {@code web} and {@code api} serve
 * them. The plan's own row changes only through {@code plan.PlanStates}; copies are made by
 * {@code exchange.PlanCopies}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Adoption",
		allowedDependencies = { "account", "audit", "exchange", "plan", "shared", "version", "web" })
package no.planspor.adoption;
