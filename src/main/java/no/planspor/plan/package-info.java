/**
 * The plans themselves: units, parties, plans, their goal/sub-goal/measure trees, indicators and
 * shortlists. Other modules use what stands in this package (the read side, the rules, and the
 * interfaces of the writes they need); {@code editing} holds the writes and the one store of item
 * SQL, {@code web} the editor's pages and {@code api} the item API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
		allowedDependencies = { "account", "audit", "shared", "web" })
package no.planspor.plan;
