/**
 * Plan versions: frozen copies of a whole plan, made by hand or by Planspor itself at adoption, at a
 * review and when a reporting round closes, read back as planspor-plan/1, and compared with each other
 * or with the plan as it is. {@link no.planspor.version.PlanVersions} is what others use; {@code internal}
 * stores versions as shared parts, reads them back as plans and compares documents, {@code api} and {@code web}
 * serve them (the report module shows a version as the plan document). Closing a reporting round makes a
 * version ({@code round.RoundClosed}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Versions",
		allowedDependencies = { "account", "audit", "exchange", "followup", "plan", "round", "shared", "web" })
package no.planspor.version;
