package no.planspor.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.planspor.account.internal.CurrentUsers;

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
 * <tr><td>Adopt a plan or a review result, or send it back — {@link #mayAdoptPlansOf}</td>
 *     <td>yes</td><td colspan="3">when they lead the plan's unit (any role)</td></tr>
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
		if (SystemIdentity.NAME.equals(authentication.getName()) && authentication.getPrincipal() instanceof String) {
			return Optional.of(CurrentUser.system());
		}
		return users.signedIn(authentication);
	}

	public boolean isAdmin() {
		return find().map(CurrentUser::isAdmin).orElse(false);
	}

	/** ADMIN, or EDITOR granted this unit: may edit the unit's plans and record status on them. */
	public boolean mayEditPlansOf(long unitId) {
		return find().map(user -> user.mayEditPlansOf(unitId)).orElse(false);
	}

	/** ADMIN, or a leader of this unit: may adopt its plans and review results, or send them back. */
	public boolean mayAdoptPlansOf(long unitId) {
		return find().map(user -> user.mayAdoptPlansOf(unitId)).orElse(false);
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

	public void requireAdoptPlansOf(long unitId) {
		if (!mayAdoptPlansOf(unitId)) {
			throw new AccessDeniedException("May not adopt the plans of unit " + unitId);
		}
	}

	public void requireContribute(long planId, long unitId, Collection<String> responsiblePartyCodes) {
		if (!mayContribute(planId, unitId, responsiblePartyCodes)) {
			throw new AccessDeniedException("May not record status on this item of plan " + planId);
		}
	}
}
