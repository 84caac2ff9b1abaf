/**
 * Who changed what, when: every write records its changes here, in the same transaction.
 *
 * <p>Other modules use the top package: {@link no.planspor.audit.AuditLog} and
 * {@link no.planspor.audit.Change} to record, {@link no.planspor.audit.AuditTrail} and
 * {@link no.planspor.audit.AuditEntry} to read back, and the two interfaces through which the
 * modules that keep plans and accounts tell the audit page their names
 * ({@link no.planspor.audit.PlanNames}, {@link no.planspor.audit.UserNames}); every module that
 * records depends on this one, so this one asks them nothing directly. The rest is internal:
 * {@code web} (the audit page and {@code /api/audit}) and {@code internal} (the page's search).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "web" })
package no.planspor.audit;
