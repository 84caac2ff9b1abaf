package no.planspor.adoption;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;

/** What the adoption tests start from: seed plans of their own, each in a unit of its own, and the people. */
final class AdoptionPlans {

	private AdoptionPlans() {
	}

	/** A copy of seed plan {@code seed} under a fresh code, in a fresh unit, changed by {@code change}; returns its code. */
	static String seedCopy(PlanExchange exchange, String seed, String prefix, Consumer<ObjectNode> change) {
		String plan = PlanDocuments.freshCode(prefix);
		ObjectNode doc = PlanDocuments.seed(seed);
		doc.put("code", plan);
		String unit = AccountFixtures.unique("X-ADOPT").toUpperCase();
		doc.putObject("unit").put("code", unit).put("name", "Vedtakstestklinikken " + unit);
		change.accept(doc);
		PlanDocuments.importAsSystem(exchange, doc);
		return plan;
	}

	/** KRN's plan as a draft. */
	static String krnDraft(PlanExchange exchange, String prefix) {
		return seedCopy(exchange, "03-krn-forskning-2025-2029", prefix, doc -> {
			doc.put("status", "DRAFT");
			doc.putNull("adopted");
		});
	}

	/** A new EDITOR granted the plan's unit; returns the username. */
	static String editorOf(UserAccounts accounts, JdbcClient db, String plan) {
		String name = AccountFixtures.unique("redaktor");
		long id = AccountFixtures.user(accounts, name, Role.EDITOR);
		AccountFixtures.grantUnit(db, id, unitOf(db, plan));
		return name;
	}

	/** A new READER who leads the plan's unit; returns the username. */
	static String leaderOf(UserAccounts accounts, JdbcClient db, String plan) {
		String name = AccountFixtures.unique("leder");
		long id = AccountFixtures.user(accounts, name, Role.READER);
		db.sql("insert into unit_leader (user_id, unit_id) values (:user, :unit)")
			.param("user", id)
			.param("unit", unitOf(db, plan))
			.update();
		return name;
	}

	static long unitOf(JdbcClient db, String plan) {
		return db.sql("select unit_id from plan where code = :code").param("code", plan).query(Long.class).single();
	}

	static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
