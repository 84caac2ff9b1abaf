package no.planspor.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session. It is kept in the session store (the database), so it holds
 * only what does not change often; grants that admins change (units, parties) are read per request.
 */
public class SignedInUser extends User {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String displayName;

	private final Role role;

	SignedInUser(long id, String username, String passwordHash, String displayName, Role role, boolean enabled) {
		super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, true,
				List.of(new SimpleGrantedAuthority(role.authority())));
		this.id = id;
		this.displayName = displayName;
		this.role = role;
	}

	/** The principal for a user as the database has them now; it keeps no password, as a session needs none. */
	public static SignedInUser of(CurrentUser user) {
		return new SignedInUser(user.id(), user.username(), null, user.displayName(), user.role(), true);
	}

	public long getId() {
		return id;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
