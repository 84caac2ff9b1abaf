package no.planspor.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who stands for the parties of one plan, with what it takes to write to them: the people a
 * reporting round asks. The same memberships as {@link Membership#standsFor} (for the plan itself, or
 * for every plan of its unit); disabled accounts are left out, as they cannot answer.
 */
@Service
@Transactional(readOnly = true)
public class PartyMembers {

	/**
	 * One person standing for one party code.
	 *
	 * @param email null when the account has none (they can still answer, but get no letter)
	 * @param language the language they read Planspor in (bokmål unless they chose English)
	 */
	public record Member(long userId, String username, String displayName, String email, Locale language,
			String partyCode) {
	}

	private final JdbcClient db;

	PartyMembers(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Everyone who stands for a party in plan {@code planId} of unit {@code unitId}, one row per person
	 * and party code, in one statement.
	 */
	public List<Member> ofPlan(long planId, long unitId) {
		// The language is read through to_jsonb so that this works before and after accounts have a
		// language column (issue 9 §4 adds it): a missing column reads as null, which is bokmål.
		return db.sql("""
				select distinct u.id, u.username, u.display_name, u.email,
				       coalesce(to_jsonb(u) ->> 'language', 'nb') as language, m.party_code
				from party_member m
				join app_user u on u.id = m.user_id
				where u.enabled and (m.plan_id = :plan or m.unit_id = :unit)
				order by u.display_name, u.username, m.party_code
				""")
			.param("plan", planId)
			.param("unit", unitId)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), Locale.forLanguageTag(rs.getString("language")), rs.getString("party_code")))
			.list();
	}

	/** These people, by id, as {@link #ofPlan} gives them but without a party (the party code is null). */
	public Map<Long, Member> people(Collection<Long> userIds) {
		Map<Long, Member> people = new HashMap<>();
		if (userIds.isEmpty()) {
			return people;
		}
		db.sql("""
				select u.id, u.username, u.display_name, u.email,
				       coalesce(to_jsonb(u) ->> 'language', 'nb') as language
				from app_user u where u.id in (:ids) and u.enabled
				""")
			.param("ids", userIds)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), Locale.forLanguageTag(rs.getString("language")), null))
			.list()
			.forEach(member -> people.put(member.userId(), member));
		return people;
	}
}
