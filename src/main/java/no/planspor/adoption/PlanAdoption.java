package no.planspor.adoption;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.account.UserAccounts;
import no.planspor.adoption.internal.StepStore;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.exchange.PlanCopies;
import no.planspor.plan.Adoption;
import no.planspor.plan.Limits;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStates;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionReason;

/**
 * The steps of a plan from draft to adopted, and "Ny plan fra denne". Each step checks the person's
 * right, refuses bad input by field with nothing written, is refused as a conflict (409) when the plan
 * is not where the step starts, and is recorded in the audit log in the same transaction as the plan's
 * new state and the step itself. Adopting also makes a version "Vedtatt dd.mm.yyyy" in that transaction.
 */
@Service("planAdoption")
public class PlanAdoption {

	/** The longest name of a body: "Klinikkledermøtet i KRN" fits many times over. */
	public static final int BODY_MAX = Limits.ADOPTED_BY;

	public static final int NOTE_MAX = Limits.ADOPTION_NOTE;

	static final String PLAN = "PLAN";

	private static final DateTimeFormatter LABEL_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** Version labels are the plan's words, and plans are written in bokmål. */
	private static final Locale PLAN_LANGUAGE = Locale.forLanguageTag("nb");

	private final PlanReader plans;

	private final PlanStates states;

	private final StepStore steps;

	private final PlanVersions versions;

	private final PlanCopies copies;

	private final Permissions permissions;

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final MessageSource messages;

	PlanAdoption(PlanReader plans, PlanStates states, StepStore steps, PlanVersions versions, PlanCopies copies,
			Permissions permissions, UserAccounts accounts, AuditLog audit, MessageSource messages) {
		this.plans = plans;
		this.states = states;
		this.steps = steps;
		this.versions = versions;
		this.copies = copies;
		this.permissions = permissions;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
	}

	/** Where the plan stands, with every step taken, and what the signed-in person may do. */
	@Transactional(readOnly = true)
	public Standing standing(String planCode) {
		return standing(plans.get(planCode));
	}

	/** The same for a plan already read (the plan page's panel): one statement, for the steps. */
	@Transactional(readOnly = true)
	public Standing standing(Plan plan) {
		List<StepStore.Row> rows = steps.of(plan.id());
		Map<String, String> names = accounts.displayNames(rows.stream().map(StepStore.Row::takenBy).distinct().toList());
		List<AdoptionStep> list = rows.stream()
			.map(row -> new AdoptionStep(row.id(), row.kind(), row.body(), row.decidedOn(), row.note(), row.takenAt(),
					row.takenBy(), names.getOrDefault(row.takenBy(), row.takenBy())))
			.toList();
		return new Standing(plan, list, permissions.mayEditPlansOf(plan.unit().id()),
				permissions.mayAdoptPlansOf(plan.unit().id()));
	}

	/** Whether the signed-in person may copy the plan into a new period: its unit's editors and administrators. */
	public boolean mayCopy(Plan plan) {
		return permissions.mayEditPlansOf(plan.unit().id());
	}

	/** DRAFT → SUBMITTED: for consideration by {@code body} (required), with an optional note. Editors. */
	@Transactional
	public Standing submit(String planCode, String body, String note) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		Checks checks = new Checks();
		String to = checks.text(body, "body", true, BODY_MAX);
		String why = checks.text(note, "note", false, NOTE_MAX);
		checks.refuseIfAny();
		Plan submitted = states.submit(planCode);
		steps.append(plan.id(), StepKind.SUBMITTED, to, null, why, permissions.current().username());
		audit.record(new Change(StepKind.SUBMITTED.name(), PLAN, plan.id(), plan.id(), null, label(plan), "decidingBody",
				null, to));
		return standing(submitted);
	}

	/**
	 * SUBMITTED → ADOPTED on {@code on} (required, not in the future) by {@code by} (the body it was
	 * submitted to when left blank), with a note. Administrators and the unit's leaders. Makes the
	 * version "Vedtatt dd.mm.yyyy".
	 */
	@Transactional
	public Standing adopt(String planCode, LocalDate on, String by, String note) {
		Plan plan = plans.get(planCode);
		permissions.requireAdoptPlansOf(plan.unit().id());
		Checks checks = new Checks();
		String body = checks.text(by, "adoptedBy", false, BODY_MAX);
		String why = checks.text(note, "adoptionNote", false, NOTE_MAX);
		if (on == null) {
			checks.problems.add(Problem.of("adoptedOn", "adoption.adopted-on.required"));
		}
		checks.refuseIfAny();
		if (body == null) {
			body = steps.of(plan.id()).stream().findFirst().filter(step -> step.kind() == StepKind.SUBMITTED)
				.map(StepStore.Row::body).orElse(null);
		}
		Plan adopted = states.adopt(planCode, new Adoption(on, body, why));
		steps.append(plan.id(), StepKind.ADOPTED, body, on, why, permissions.current().username());
		audit.record(new Change(StepKind.ADOPTED.name(), PLAN, plan.id(), plan.id(), null, label(plan), "decidingBody",
				null, body));
		versions.make(planCode, messages.getMessage("adoption.version.label", new Object[] { LABEL_DAY.format(on) },
				PLAN_LANGUAGE), VersionReason.ADOPTION);
		return standing(adopted);
	}

	/** SUBMITTED → DRAFT, with a comment (required) that the editors see. Administrators and the unit's leaders. */
	@Transactional
	public Standing sendBack(String planCode, String comment) {
		Plan plan = plans.get(planCode);
		permissions.requireAdoptPlansOf(plan.unit().id());
		Checks checks = new Checks();
		String why = checks.text(comment, "comment", true, NOTE_MAX);
		checks.refuseIfAny();
		Plan draft = states.sendBack(planCode);
		steps.append(plan.id(), StepKind.SENT_BACK, null, null, why, permissions.current().username());
		audit.record(new Change(StepKind.SENT_BACK.name(), PLAN, plan.id(), plan.id(), null, label(plan), "comment",
				null, why));
		return standing(draft);
	}

	/**
	 * "Ny plan fra denne": the plan copied into a new period as a draft ({@link PlanCopies}), recorded in
	 * the audit log as made from this plan.
	 */
	@Transactional
	public PlanCopies.Copied copy(String planCode, PlanCopies.CopyRequest request) {
		PlanCopies.Copied copied = copies.copy(planCode, request);
		Plan made = plans.get(copied.code());
		audit.record(new Change("COPIED", PLAN, made.id(), made.id(), null, label(made), "origin", null, planCode));
		return copied;
	}

	private static String label(Plan plan) {
		return plan.code() + " – " + plan.title();
	}

	/** Texts as every form takes them: trimmed, blank as nothing, each problem named by field. */
	private static final class Checks {

		final List<Problem> problems = new java.util.ArrayList<>();

		String text(String value, String field, boolean required, int max) {
			String text = value == null || value.isBlank() ? null : value.strip();
			if (text == null && required) {
				problems.add(Problem.of(field, "adoption.required"));
			}
			else if (text != null && text.length() > max) {
				problems.add(Problem.of(field, "adoption.too-long", max));
			}
			return text;
		}

		void refuseIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
	}
}
