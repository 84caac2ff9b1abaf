package no.planspor.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the database has it now: role, the units whose plans an EDITOR edits and
 * the parties the user stands for. Read per request (see {@link Permissions}), never from the
 * session, so an administrator's change takes effect on the user's next click.
 *
 * @param id the user's id; 0 for the application itself ({@link SystemIdentity})
 * @param editableUnitIds units granted to the user; they count only while the role is EDITOR
 * @param ledUnitIds units the user leads: they adopt its plans and review results, whatever their role
 */
public record CurrentUser(long id, String username, String displayName, Role role, Set<Long> editableUnitIds,
		Set<Long> ledUnitIds, List<Membership> memberships) {

	public CurrentUser {
		editableUnitIds = Set.copyOf(editableUnitIds);
		ledUnitIds = Set.copyOf(ledUnitIds);
		memberships = List.copyOf(memberships);
	}

	static CurrentUser system() {
		return new CurrentUser(0, SystemIdentity.NAME, SystemIdentity.NAME, Role.ADMIN, Set.of(), Set.of(), List.of());
	}

	public boolean isSystem() {
		return id == 0;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** ADMIN, or an EDITOR granted the unit. */
	public boolean mayEditPlansOf(long unitId) {
		return isAdmin() || (role == Role.EDITOR && editableUnitIds.contains(unitId));
	}

	/** ADMIN, or a leader of the unit: may adopt its plans and review results, or send them back. */
	public boolean mayAdoptPlansOf(long unitId) {
		return isAdmin() || ledUnitIds.contains(unitId);
	}

	/**
	 * Whether the user may record status updates and measurements on an item of plan {@code planId}
	 * (of unit {@code unitId}) for which {@code responsiblePartyCodes} answer.
	 */
	public boolean mayContribute(long planId, long unitId, Collection<String> responsiblePartyCodes) {
		if (mayEditPlansOf(unitId)) {
			return true;
		}
		if (role != Role.CONTRIBUTOR && role != Role.EDITOR) {
			return false;
		}
		return responsiblePartyCodes.stream().anyMatch(code -> standsFor(code, planId, unitId));
	}

	/** Whether one of the user's memberships is {@code partyCode} in that plan or its unit. */
	public boolean standsFor(String partyCode, long planId, long unitId) {
		return memberships.stream().anyMatch(m -> m.standsFor(partyCode, planId, unitId));
	}
}
