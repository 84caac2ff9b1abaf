/**
 * What this module tells the modules below it about units, plans and parties, through interfaces
 * they declare: {@code account.Organisation} (the units, plans and parties that grants and
 * memberships point at) and {@code audit.PlanNames} (the plans that audit entries name). Those
 * modules cannot ask this one directly, because this one depends on them (for permissions and for
 * recording its changes); reading the plan tables themselves would tie them to this module's
 * storage.
 *
 * <p>Why not an {@code organisation} module for units (and parties), which both plans and accounts
 * need? Units would move out of this module, and with them the unit pages, the plan import's
 * "find or create the unit" and the foreign keys' owner; parties stay plan rows (each plan has its
 * own abbreviation table) and would have to stay here anyway. Accounts would still need plans (a
 * membership may apply to one plan), so the interface would be needed even then. An interface
 * implemented here gives accounts all they need today with no move; if units later grow a life of
 * their own (a unit tree with its own editors), an {@code organisation} module can take over
 * {@code Organisation}'s unit half without changing {@code account}.
 */
package no.planspor.plan.directory;
