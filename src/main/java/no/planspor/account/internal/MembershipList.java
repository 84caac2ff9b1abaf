package no.planspor.account.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Organisation.Plan;
import no.planspor.account.Organisation.Unit;
import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.account.internal.People.MemberOf;
import no.planspor.account.internal.UserDirectory.MembershipNamer;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Replaces the whole list of parties a person stands for, as a staff list sends it: what is no longer
 * listed is removed, what is new is added, what stays is left alone. The rule for a party is
 * {@link UserAdmin}'s, and each membership added or removed is audited as the user page audits
 * adding or removing one.
 */
@Service
public class MembershipList {

	private final JdbcClient db;

	private final UserDirectory directory;

	private final People people;

	private final Permissions permissions;

	private final AuditLog audit;

	MembershipList(JdbcClient db, UserDirectory directory, People people, Permissions permissions, AuditLog audit) {
		this.db = db;
		this.directory = directory;
		this.people = people;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** A membership as stored: the party code and the unit or the plan. */
	private record Stored(long id, String partyCode, Long unitId, Long planId) {

		Key key() {
			return new Key(partyCode, unitId, planId);
		}
	}

	private record Key(String partyCode, Long unitId, Long planId) {
	}

	/**
	 * Makes {@code wanted} the user's memberships and answers them as stored. Problems are named by the
	 * element's place ({@code [2].party}); on any problem nothing is written.
	 */
	@Transactional
	public List<MemberOf> replace(long userId, List<MemberOf> wanted) {
		permissions.requireAdmin();
		Account stored = directory.lock(userId).orElseThrow(() -> new NotFound("account.not-found", userId));
		List<Key> keys = keys(wanted);
		List<Stored> before = db.sql("select id, party_code, unit_id, plan_id from party_member where user_id = :user")
			.param("user", userId)
			.query(Stored.class)
			.list();
		Set<Key> kept = new HashSet<>(keys);
		Set<Key> had = new HashSet<>();
		MembershipNamer namer = directory.membershipNamer();
		List<Change> changes = new ArrayList<>();
		for (Stored member : before) {
			had.add(member.key());
			if (!kept.contains(member.key())) {
				db.sql("delete from party_member where id = :id").param("id", member.id()).update();
				changes.add(new Change("DELETED", UserAdmin.MEMBERSHIP, member.id(), member.planId(), null,
						stored.label(), "party", namer.summary(member.partyCode(), member.unitId(), member.planId()),
						null));
			}
		}
		for (Key key : keys) {
			if (!had.contains(key)) {
				long id = db.sql("""
						insert into party_member (user_id, party_code, unit_id, plan_id)
						values (:user, :code, :unit, :plan)
						returning id
						""")
					.param("user", userId)
					.param("code", key.partyCode())
					.param("unit", key.unitId())
					.param("plan", key.planId())
					.query(Long.class)
					.single();
				changes.add(new Change("CREATED", UserAdmin.MEMBERSHIP, id, key.planId(), null, stored.label(), "party",
						null, namer.summary(key.partyCode(), key.unitId(), key.planId())));
			}
		}
		audit.record(changes);
		return people.membershipsOf(userId);
	}

	/** The wanted memberships by ids, checked all at once; every problem is told, and nothing is written. */
	private List<Key> keys(List<MemberOf> wanted) {
		Map<String, Unit> units = People.byCode(directory.units(), Unit::code);
		Map<String, Plan> plans = People.byCode(directory.plans(), Plan::code);
		List<Problem> problems = new ArrayList<>();
		List<Key> keys = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			MemberOf member = wanted.get(i);
			String at = "[" + i + "]";
			if (member == null) {
				continue;
			}
			if ((member.unit() == null) == (member.plan() == null)) {
				problems.add(Problem.of(at, "account.membership.where"));
				continue;
			}
			Unit unit = member.unit() == null ? null : units.get(member.unit().strip());
			Plan plan = member.plan() == null ? null : plans.get(member.plan().strip());
			if (member.unit() != null && unit == null) {
				problems.add(Problem.of(at + ".unit", "account.membership.unit-unknown", member.unit()));
				continue;
			}
			if (member.plan() != null && plan == null) {
				problems.add(Problem.of(at + ".plan", "account.membership.plan-unknown", member.plan()));
				continue;
			}
			String party = UserAdmin.party(
					unit != null ? directory.partiesOfUnit(unit.id()) : directory.partiesOfPlan(plan.id()), member.party(),
					at + ".party", problems);
			if (party == null) {
				continue;
			}
			Key key = new Key(party, unit == null ? null : unit.id(), plan == null ? null : plan.id());
			if (keys.stream().anyMatch(k -> Objects.equals(k, key))) {
				problems.add(Problem.of(at + ".party", "account.membership.twice", party));
				continue;
			}
			keys.add(key);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return keys;
	}
}
