package no.planspor.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may do what. Every module asks here (by ids and party codes; this module knows nothing of
 * plans) and the answer comes from the database as it is now, read once per request.
 *
 * <table>
 * <caption>Role × action</caption>
 * <tr><th>Action</th><th>ADMIN</th><th>EDITOR</th><th>CONTRIBUTOR</th><th>READER</th></tr>
 * <tr><td>Read plans, items, history</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>Edit a plan (metadata, items, parties, shortlists) — {@link #mayEditPlansOf}</td>
 *     <td>yes</td><td>plans of the units granted to them</td><td>no</td><td>no</td></tr>
 * <tr><td>Record status and measurements on an item — {@link #mayContribute}</td>
 *     <td>yes</td><td>in their units' plans, and where one of their parties is responsible</td>
 *     <td>where one of their parties is responsible</td><td>no</td></tr>
 * <tr><td>Administer users, import plans, read the audit log — {@link #isAdmin}</td>
 *     <td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * A party membership counts for an item when its code is among the item's responsible parties and
 * it applies to the item's plan or to that plan's unit. Nobody signed in, or a disabled account, may
 * do nothing: the {@code may…} questions answer false, the {@code require…} ones throw
 * {@link AccessDeniedException} (a 403). The application acting for itself ({@link SystemIdentity})
 * is an administrator. Also usable in SpEL: {@code @PreAuthorize("@permissions.mayEditPlansOf(#unitId)")}.
 */
@Component("permissions")
public class Permissions {

	private static final String CACHE = Permissions.class.getName() + ".current";

	private final CurrentUsers users;

	Permissions(CurrentUsers users) {
		this.users = users;
	}

	/** The signed-in user, as the database has them now. */
	public CurrentUser current() {
		return find().orElseThrow(() -> new AccessDeniedException("No signed-in, enabled user"));
	}

	/** The signed-in user, or empty when nobody (enabled) is signed in. */
	public Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Cached cached
				&& cached.authentication() == authentication) {
			return cached.user();
		}
		Optional<CurrentUser> user = load(authentication);
		if (request != null) {
			remember(request, authentication, user);
		}
		return user;
	}

	public boolean isAdmin() {
		return find().map(CurrentUser::isAdmin).orElse(false);
	}

	/** ADMIN, or EDITOR granted this unit: may edit the unit's plans and record status on them. */
	public boolean mayEditPlansOf(long unitId) {
		return find().map(user -> user.mayEditPlansOf(unitId)).orElse(false);
	}

	/**
	 * May record status updates and measurements on an item of plan {@code planId}, which belongs to
	 * unit {@code unitId}, for which the parties {@code responsiblePartyCodes} answer.
	 */
	public boolean mayContribute(long planId, long unitId, Collection<String> responsiblePartyCodes) {
		return find().map(user -> user.mayContribute(planId, unitId, responsiblePartyCodes)).orElse(false);
	}

	/** The parties the signed-in user stands for ("Mine tiltak"); empty when nobody is signed in. */
	public List<Membership> memberships() {
		return find().map(CurrentUser::memberships).orElse(List.of());
	}

	public void requireAdmin() {
		if (!isAdmin()) {
			throw new AccessDeniedException("Administrators only");
		}
	}

	public void requireEditPlansOf(long unitId) {
		if (!mayEditPlansOf(unitId)) {
			throw new AccessDeniedException("May not edit the plans of unit " + unitId);
		}
	}

	public void requireContribute(long planId, long unitId, Collection<String> responsiblePartyCodes) {
		if (!mayContribute(planId, unitId, responsiblePartyCodes)) {
			throw new AccessDeniedException("May not record status on this item of plan " + planId);
		}
	}

	/** Lets the request's first reader (the session filter) hand what it loaded to later questions. */
	static void remember(RequestAttributes request, Authentication authentication, Optional<CurrentUser> user) {
		request.setAttribute(CACHE, new Cached(authentication, user), RequestAttributes.SCOPE_REQUEST);
	}

	private Optional<CurrentUser> load(Authentication authentication) {
		Object principal = authentication.getPrincipal();
		if (principal instanceof SignedInUser signedIn) {
			return users.load(signedIn.getId());
		}
		if (SystemIdentity.NAME.equals(authentication.getName()) && principal instanceof String) {
			return Optional.of(CurrentUser.system());
		}
		// Anything else (a test's mock user, a future token) is looked up by name like a sign-in.
		return users.loadByUsername(authentication.getName());
	}

	private record Cached(Authentication authentication, Optional<CurrentUser> user) {
	}
}
