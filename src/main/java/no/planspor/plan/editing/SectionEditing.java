package no.planspor.plan.editing;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Limits;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;

/**
 * A plan's running text: its sections, each a heading (or none) and a body in markdown, in order. As
 * with every edit: the caller must edit the plan's unit, problems are named by field, a section is
 * changed from the version it was read at, and each change is audited.
 */
@Service
public class SectionEditing {

	static final String SECTION = "SECTION";

	/** A section with the version a form edits it from. */
	public record EditableSection(long id, String heading, String body, int version) {
	}

	private final PlanReader plans;

	private final PlanLock lock;

	private final PlanRows rows;

	private final AuditLog audit;

	private final JdbcClient db;

	SectionEditing(PlanReader plans, PlanLock lock, PlanRows rows, AuditLog audit, JdbcClient db) {
		this.plans = plans;
		this.lock = lock;
		this.rows = rows;
		this.audit = audit;
		this.db = db;
	}

	@Transactional(readOnly = true)
	public List<EditableSection> sections(String planCode) {
		Plan plan = plans.get(planCode);
		return db.sql("select id, heading, body, version from plan_section where plan_id = :plan order by position, id")
			.param("plan", plan.id())
			.query((rs, n) -> new EditableSection(rs.getLong("id"), rs.getString("heading"), rs.getString("body"),
					rs.getInt("version")))
			.list();
	}

	/** Adds a section at the end of the plan's running text. */
	@Transactional
	public EditableSection addSection(String planCode, String heading, String body) {
		Plan plan = lock.plan(planCode);
		FieldChecks checks = new FieldChecks();
		String checkedHeading = checks.text(heading, "heading", false, Limits.SECTION_HEADING);
		String checkedBody = checks.text(body, "body", true, Limits.SECTION_BODY);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long id = db.sql("""
				insert into plan_section (plan_id, position, heading, body)
				values (:plan, (select coalesce(max(position) + 1, 0) from plan_section where plan_id = :plan), :heading, :body)
				returning id
				""").param("plan", plan.id()).param("heading", checkedHeading).param("body", checkedBody)
			.query(Long.class)
			.single();
		audit.record(new Change("CREATED", SECTION, id, plan.id(), null, label(planCode, checkedHeading, checkedBody),
				null, null, checkedBody));
		return new EditableSection(id, checkedHeading, checkedBody, 0);
	}

	@Transactional
	public EditableSection editSection(String planCode, long sectionId, String heading, String body,
			int expectedVersion) {
		Plan plan = lock.plan(planCode);
		EditableSection current = section(plan, sectionId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		String checkedHeading = checks.text(heading, "heading", false, Limits.SECTION_HEADING);
		String checkedBody = checks.text(body, "body", true, Limits.SECTION_BODY);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		if (Objects.equals(current.heading(), checkedHeading) && current.body().equals(checkedBody)) {
			return current;
		}
		int updated = db.sql("""
				update plan_section set heading = :heading, body = :body, version = version + 1
				where id = :id and version = :version
				""").param("heading", checkedHeading).param("body", checkedBody).param("id", sectionId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(section(plan, sectionId));
		}
		String label = label(planCode, checkedHeading, checkedBody);
		audit.record(List.of(
				Change.updated(SECTION, sectionId, plan.id(), null, label, "heading", current.heading(), checkedHeading),
				Change.updated(SECTION, sectionId, plan.id(), null, label, "body", current.body(), checkedBody)));
		return new EditableSection(sectionId, checkedHeading, checkedBody, expectedVersion + 1);
	}

	/** One step up ({@code -1}) or down ({@code +1}) in the running text. */
	@Transactional
	public void reorderSection(String planCode, long sectionId, int offset, int expectedVersion) {
		Plan plan = lock.plan(planCode);
		EditableSection current = section(plan, sectionId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		List<Long> order = sections(planCode).stream().map(EditableSection::id).toList();
		int[] step = rows.step(PlanRows.Table.SECTIONS, order, sectionId, offset, expectedVersion,
				() -> section(plan, sectionId));
		if (step != null) {
			audit.record(new Change("MOVED", SECTION, sectionId, plan.id(), null,
					label(planCode, current.heading(), current.body()), "position", String.valueOf(step[0] + 1),
					String.valueOf(step[1] + 1)));
		}
	}

	/** Deletes a section; the audit log keeps its text. */
	@Transactional
	public void deleteSection(String planCode, long sectionId, int expectedVersion) {
		Plan plan = lock.plan(planCode);
		EditableSection current = section(plan, sectionId);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		int deleted = db.sql("delete from plan_section where id = :id and version = :version")
			.param("id", sectionId)
			.param("version", expectedVersion)
			.update();
		if (deleted == 0) {
			throw Conflict.staleVersion(section(plan, sectionId));
		}
		audit.record(new Change("DELETED", SECTION, sectionId, plan.id(), null,
				label(planCode, current.heading(), current.body()), null, current.body(), null));
	}

	/** One section as stored now, or a 404. */
	@Transactional(readOnly = true)
	public EditableSection section(String planCode, long sectionId) {
		return section(plans.get(planCode), sectionId);
	}

	private EditableSection section(Plan plan, long sectionId) {
		return db.sql("select id, heading, body, version from plan_section where id = :id and plan_id = :plan")
			.param("id", sectionId)
			.param("plan", plan.id())
			.query((rs, n) -> new EditableSection(rs.getLong("id"), rs.getString("heading"), rs.getString("body"),
					rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFound("plan.section.not-found", plan.code(), sectionId));
	}

	private static String label(String planCode, String heading, String body) {
		String title = heading != null ? heading : body.length() > 60 ? body.substring(0, 59) + "…" : body;
		return planCode + " – " + title;
	}
}
