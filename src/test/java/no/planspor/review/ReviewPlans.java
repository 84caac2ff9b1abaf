package no.planspor.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;
import no.planspor.review.Decision.Proposal;
import no.planspor.review.internal.DecisionInput;

/** What the review tests start from: a copy of KRN's plan in a unit of their own, its editor and its leader. */
final class ReviewPlans {

	/** The unit of the review tests' plans. */
	static final String UNIT = "X-REVIEW";

	final String plan;

	final String editor;

	final String leader;

	private ReviewPlans(String plan, String editor, String leader) {
		this.plan = plan;
		this.editor = editor;
		this.leader = leader;
	}

	/** A fresh KRN copy, an editor granted its unit and a leader of it who does not edit. */
	static ReviewPlans krn(PlanExchange exchange, UserAccounts accounts, JdbcClient db, String prefix) {
		String plan = PlanDocuments.freshCode(prefix);
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", plan);
		doc.putObject("unit").put("code", UNIT).put("name", "Gjennomgangsklinikken");
		PlanDocuments.importAsSystem(exchange, doc);
		long unit = AccountFixtures.unitId(db, UNIT);
		String editor = AccountFixtures.unique("redaktor");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, editor, Role.EDITOR), unit);
		String leader = AccountFixtures.unique("leder");
		long leaderId = AccountFixtures.user(accounts, leader, Role.READER);
		db.sql("insert into unit_leader (user_id, unit_id) values (:user, :unit)")
			.param("user", leaderId)
			.param("unit", unit)
			.update();
		return new ReviewPlans(plan, editor, leader);
	}

	static DecisionInput keep(String item, String reason) {
		return new DecisionInput(item, DecisionKind.CONTINUE, reason, null);
	}

	static DecisionInput stop(String item, String reason) {
		return new DecisionInput(item, DecisionKind.STOP, reason, null);
	}

	static DecisionInput adjust(String item, String reason, String text, List<String> responsible, List<String> indicators) {
		return new DecisionInput(item, DecisionKind.ADJUST, reason,
				new Proposal(null, null, text, java.time.LocalDate.of(2028, 6, 30), responsible, indicators));
	}

	static DecisionInput add(String parent, String code, String text, String reason) {
		return new DecisionInput(null, DecisionKind.NEW, reason,
				new Proposal(parent, code, text, null, List.of("FU KRN"), List.of("Antall nye samarbeid")));
	}
}
