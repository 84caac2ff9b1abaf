package no.planspor.account.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Organisation;
import no.planspor.account.Organisation.Plan;
import no.planspor.account.Organisation.Unit;
import no.planspor.account.Role;

/**
 * The people as a staff list names them: by username, with the parties they stand for named by
 * codes (a plan's or a unit's, and the party's), as a system that keeps the hospital's staff
 * elsewhere sends and reads them. Six statements at most for the whole list: the accounts, the memberships,
 * the units, the plans, the units led and (when anyone leads one) the units again.
 */
@Component
@Transactional(readOnly = true)
public class People {

	/** A party the person stands for, in one plan or in every plan of a unit: exactly one of the two is set. */
	public record MemberOf(String plan, String unit, String party) {

		/** Unit memberships first, by unit code, then plan memberships by plan code; then by party code. */
		static final Comparator<MemberOf> ORDER = Comparator.comparing((MemberOf m) -> m.unit() == null)
			.thenComparing(m -> m.unit() != null ? m.unit() : m.plan())
			.thenComparing(MemberOf::party);
	}

	/** @param leads the codes of the units the person leads (adopts their plans), by code */
	public record Person(long id, String username, String displayName, String email, Role role, String language,
			List<MemberOf> memberships, List<String> leads) {
	}

	private record Row(long id, String username, String displayName, String email, Role role, String language) {
	}

	private record Member(long userId, String partyCode, Long unitId, Long planId) {
	}

	private final JdbcClient db;

	private final Organisation organisation;

	People(JdbcClient db, Organisation organisation) {
		this.db = db;
		this.organisation = organisation;
	}

	/** Everyone, by username. */
	public List<Person> all() {
		return people(null, null);
	}

	public Optional<Person> find(String username) {
		return people(username, null).stream().findFirst();
	}

	public Optional<Person> find(long id) {
		return people(null, id).stream().findFirst();
	}

	/** The memberships of one person, in {@link MemberOf#ORDER}. */
	public List<MemberOf> membershipsOf(long userId) {
		return named(db.sql("select user_id, party_code, unit_id, plan_id from party_member where user_id = :user")
			.param("user", userId)
			.query(Member.class)
			.list()).getOrDefault(userId, List.of());
	}

	/** Everyone, or the one with this username, or the one with this id. */
	private List<Person> people(String username, Long id) {
		List<Row> rows = db.sql("""
				select id, username, display_name, email, role, language from app_user
				where (cast(:username as text) is null or username = :username)
				  and (cast(:id as bigint) is null or id = :id)
				order by username
				""").param("username", username).param("id", id).query(Row.class).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<MemberOf>> memberships = named(db.sql("""
				select m.user_id, m.party_code, m.unit_id, m.plan_id from party_member m join app_user u on u.id = m.user_id
				where (cast(:username as text) is null or u.username = :username)
				  and (cast(:id as bigint) is null or u.id = :id)
				""").param("username", username).param("id", id).query(Member.class).list());
		Map<Long, List<String>> leads = leads(username, id);
		List<Person> people = new ArrayList<>();
		for (Row row : rows) {
			people.add(new Person(row.id(), row.username(), row.displayName(), row.email(), row.role(), row.language(),
					memberships.getOrDefault(row.id(), List.of()), leads.getOrDefault(row.id(), List.of())));
		}
		return people;
	}

	/** The codes of the units each user leads, sorted; users who lead none are absent. */
	private Map<Long, List<String>> leads(String username, Long id) {
		record Lead(long userId, long unitId) {
		}
		List<Lead> rows = db.sql("""
				select l.user_id, l.unit_id from unit_leader l join app_user u on u.id = l.user_id
				where (cast(:username as text) is null or u.username = :username)
				  and (cast(:id as bigint) is null or u.id = :id)
				""").param("username", username).param("id", id).query(Lead.class).list();
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::code));
		Map<Long, List<String>> byUser = new HashMap<>();
		for (Lead lead : rows) {
			String unit = units.get(lead.unitId());
			if (unit != null) {
				byUser.computeIfAbsent(lead.userId(), user -> new ArrayList<>()).add(unit);
			}
		}
		byUser.values().forEach(java.util.Collections::sort);
		return byUser;
	}

	/** The memberships by user, with the codes of their units and plans (ids of ones gone are left out). */
	private Map<Long, List<MemberOf>> named(List<Member> members) {
		if (members.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::code));
		Map<Long, String> plans = organisation.plans()
			.stream()
			.collect(Collectors.toMap(Plan::id, Plan::code, (a, b) -> a));
		Map<Long, List<MemberOf>> byUser = new HashMap<>();
		for (Member member : members) {
			String unit = member.unitId() == null ? null : units.get(member.unitId());
			String plan = member.planId() == null ? null : plans.get(member.planId());
			if (unit != null || plan != null) {
				byUser.computeIfAbsent(member.userId(), id -> new ArrayList<>())
					.add(new MemberOf(plan, unit, member.partyCode()));
			}
		}
		byUser.values().forEach(list -> list.sort(MemberOf.ORDER));
		return byUser;
	}

	static <T> Map<String, T> byCode(List<T> things, Function<T, String> code) {
		return things.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a));
	}
}
