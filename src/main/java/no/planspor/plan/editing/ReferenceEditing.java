package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Limits;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.Reference;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;

/**
 * A plan's references: the documents it builds on, each a title and perhaps a web address. They have
 * no version of their own: the list is saved whole, from the plan's version.
 */
@Service
public class ReferenceEditing {

	private final PlanReader plans;

	private final PlanLock lock;

	private final AuditLog audit;

	private final JdbcClient db;

	ReferenceEditing(PlanReader plans, PlanLock lock, AuditLog audit, JdbcClient db) {
		this.plans = plans;
		this.lock = lock;
		this.audit = audit;
		this.db = db;
	}

	/** Replaces the plan's list of references. Problem paths name the list's rows: {@code references[1].url}. */
	@Transactional
	public Plan setReferences(String planCode, List<Reference> references, int expectedVersion) {
		Plan current = lock.plan(planCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		List<Reference> checked = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			String at = "references[" + i + "]";
			String title = checks.text(references.get(i).title(), at + ".title", true, Limits.REFERENCE_TITLE);
			String url = checks.text(references.get(i).url(), at + ".url", false, Limits.URL);
			if (url != null && !checks.has(at + ".url") && !Reference.isWebAddress(url)) {
				checks.problem(at + ".url", "plan.edit.url");
			}
			checked.add(new Reference(title, url));
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		List<Reference> old = plans.tree(planCode).references();
		if (old.equals(checked)) {
			return current;
		}
		int updated = db.sql("update plan set version = version + 1, updated_at = now() where id = :id and version = :version")
			.param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(plans.get(planCode));
		}
		db.sql("delete from plan_reference where plan_id = :plan").param("plan", current.id()).update();
		for (int i = 0; i < checked.size(); i++) {
			db.sql("insert into plan_reference (plan_id, position, title, url) values (:plan, :pos, :title, :url)")
				.param("plan", current.id())
				.param("pos", i)
				.param("title", checked.get(i).title())
				.param("url", checked.get(i).url())
				.update();
		}
		audit.record(Change.updated(PlanDetailsEditing.PLAN, current.id(), current.id(), null,
				planCode + " – " + current.title(), "references", describe(old), describe(checked)));
		return plans.get(planCode);
	}

	private static String describe(List<Reference> references) {
		if (references.isEmpty()) {
			return null;
		}
		return references.stream()
			.map(r -> r.url() == null ? r.title() : r.title() + " <" + r.url() + ">")
			.collect(Collectors.joining("\n"));
	}
}
