package no.planspor.round;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;

/**
 * A KRN copy of its own (fresh plan code and unit) with people mapped to its parties, so that a round
 * asks someone: the seed plans name parties but nobody stands for them. Touches no other test.
 */
final class RoundPlans {

	/** The plan and its people; every person has an e-mail address "username@planspor.test". */
	record Krn(String plan, long planId, long unitId, String owner, String leader, String crai, String reader) {
	}

	private RoundPlans() {
	}

	/**
	 * owner: EDITOR of the plan's unit. leader: CONTRIBUTOR standing for "Forskningsleder" in the unit.
	 * crai: CONTRIBUTOR standing for "CRAI" in this plan. reader: a READER, who may run nothing.
	 */
	static Krn krn(int port, JdbcClient db, UserAccounts accounts) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String code = "round-" + suffix;
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", "RND" + suffix.toUpperCase()).put("name", "Rundeklinikken " + suffix);
		var answer = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", PlanDocuments.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		if (answer.statusCode() != 201) {
			throw new AssertionError("Import of " + code + " failed: " + answer.statusCode() + " " + answer.body());
		}
		long planId = AccountFixtures.planId(db, code);
		long unitId = AccountFixtures.unitId(db, "RND" + suffix.toUpperCase());
		String owner = person(accounts, "owner-" + suffix, Role.EDITOR);
		AccountFixtures.grantUnit(db, id(db, owner), unitId);
		String leader = person(accounts, "leader-" + suffix, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id(db, leader), "Forskningsleder", unitId);
		String crai = person(accounts, "crai-" + suffix, Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, id(db, crai), "CRAI", planId);
		String reader = person(accounts, "reader-" + suffix, Role.READER);
		return new Krn(code, planId, unitId, owner, leader, crai, reader);
	}

	static String person(UserAccounts accounts, String username, Role role) {
		accounts.create(username, AccountFixtures.PASSWORD, "Test " + username, username + "@planspor.test", role);
		return username;
	}

	static long id(JdbcClient db, String username) {
		return db.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
	}
}
