/** Who someone is and what they may do: local accounts, sign-in, roles, and which parties a user answers for. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package no.planspor.account;
