package no.planspor.account.internal;

import java.util.ArrayList;
import java.util.List;

import no.planspor.account.Role;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/** A user account as an administrator (or its owner) sees and edits it. */
public record Account(long id, String username, String displayName, String email, Role role, String language,
		boolean enabled, int version) {

	/** How the audit log names the account. */
	String label() {
		return displayName + " (" + username + ")";
	}

	/**
	 * The account with new details, as {@code actorId} asks. Guarded: nobody takes away their own
	 * administrator role or disables themselves, so there is always an administrator left who can
	 * undo a mistake.
	 */
	Account withDetails(String displayName, String email, Role role, String language, boolean enabled, long actorId) {
		if (actorId == id) {
			List<Problem> problems = new ArrayList<>();
			if (this.role == Role.ADMIN && role != Role.ADMIN) {
				problems.add(Problem.of("role", "account.self.demote"));
			}
			if (this.enabled && !enabled) {
				problems.add(Problem.of("enabled", "account.self.disable"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
		return new Account(id, username, displayName, email, role, language, enabled, version);
	}
}
