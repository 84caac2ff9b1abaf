package no.planspor.plan.editing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.planspor.account.Permissions;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;

/**
 * The plan a change is made to: the caller's right to edit it checked, and its row locked for the rest
 * of the transaction. Every write to a plan takes this lock first, so that changes to one plan happen
 * one after the other (always taking their locks in the same order), and checks run on what is
 * committed now.
 */
@Component
class PlanLock {

	private final PlanReader plans;

	private final Permissions permissions;

	private final JdbcClient db;

	PlanLock(PlanReader plans, Permissions permissions, JdbcClient db) {
		this.plans = plans;
		this.permissions = permissions;
		this.db = db;
	}

	/** The plan's own facts, read after the lock. */
	Plan plan(String planCode) {
		lock(planCode);
		return plans.get(planCode);
	}

	/**
	 * The plan's own facts, read after the lock, for those who adopt the unit's plans (who need not edit
	 * them): the unit's leaders and administrators.
	 */
	Plan forAdoption(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireAdoptPlansOf(plan.unit().id());
		lockRow(plan.id());
		return plans.get(planCode);
	}

	/** The whole plan, read after the lock. */
	PlanTree tree(String planCode) {
		lock(planCode);
		return plans.tree(planCode);
	}

	private void lock(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		lockRow(plan.id());
	}

	private void lockRow(long planId) {
		db.sql("select id from plan where id = :id for no key update").param("id", planId).query(Long.class).single();
	}
}
