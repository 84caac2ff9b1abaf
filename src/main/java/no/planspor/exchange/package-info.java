/**
 * The plan exchange format planspor-plan/1: import, export, the JSON API and the seed plans; and
 * full archives, planspor-archive/1 ({@link no.planspor.exchange.PlanArchives}: a plan with its whole
 * follow-up history). {@link no.planspor.exchange.PlanExchange} is what others use; {@code document} reads and writes
 * the format, {@code web} serves it, {@code seed} loads the seed plans into an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "account", "followup", "plan", "shared", "web" })
package no.planspor.exchange;
