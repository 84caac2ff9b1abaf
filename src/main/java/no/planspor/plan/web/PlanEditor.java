package no.planspor.plan.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.account.Permissions;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.web.ConflictRow;

/**
 * What every page of the plan editor needs: the plan, once it is known that the person may edit it,
 * and text in the reader's language.
 */
@Component
class PlanEditor {

	private final PlanReader plans;

	private final Permissions permissions;

	private final MessageSource messages;

	PlanEditor(PlanReader plans, Permissions permissions, MessageSource messages) {
		this.plans = plans;
		this.permissions = permissions;
		this.messages = messages;
	}

	/** The plan's own facts; refused (403) unless the person may edit its unit. */
	Plan plan(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		return plan;
	}

	/** The whole plan; refused (403) unless the person may edit its unit. */
	PlanTree tree(String planCode) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		return tree;
	}

	String text(Locale locale, String code, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}

	/** A row of the conflict table, labelled by the message {@code label}, if the two differ. */
	void conflictRow(List<ConflictRow> rows, Locale locale, String label, String stored, String typed) {
		ConflictRow.addIfDifferent(rows, text(locale, label), stored, typed);
	}
}
