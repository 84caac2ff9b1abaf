package no.planspor.audit;

import java.util.List;

/**
 * What the audit page needs to know of the people who act: every account's username and display
 * name, to name an entry's actor and to filter by one. The module that keeps accounts implements it
 * (today {@code account}); that module records its changes here, so this one cannot ask it directly
 * without a cycle, nor read its tables.
 */
public interface UserNames {

	record UserName(String username, String displayName) {
	}

	/** Every account, ordered by display name ignoring case, then username. */
	List<UserName> users();
}
