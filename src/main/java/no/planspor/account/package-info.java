/**
 * Who someone is and what they may do: local accounts, sign-in, roles, and which parties a user
 * answers for.
 *
 * <p>Other modules use the top package: {@link no.planspor.account.Permissions} and what it answers
 * with ({@link no.planspor.account.CurrentUser}, {@link no.planspor.account.Membership},
 * {@link no.planspor.account.Role}), {@link no.planspor.account.SystemIdentity},
 * {@link no.planspor.account.UserAccounts} (display names; tests create users with it),
 * {@link no.planspor.account.PartyMemberships}, and {@link no.planspor.account.Organisation}, which
 * the module that keeps units and plans implements. The rest is internal: {@code web} (the sign-in,
 * profile and user pages), {@code api} (the users API for administrators), {@code security} (the filter chains and the per-request account check)
 * and {@code internal} (the services and SQL behind the pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "audit", "shared", "web" })
package no.planspor.account;
