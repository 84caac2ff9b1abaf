package no.planspor.workbook;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.followup.StatusUpdates;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.workbook.internal.EditsWriter;
import no.planspor.workbook.internal.PlanWorkbookWriter;
import no.planspor.workbook.internal.Preview;
import no.planspor.workbook.internal.ReadWorkbook;
import no.planspor.workbook.internal.RuleChecks;
import no.planspor.workbook.internal.SheetProblem;
import no.planspor.workbook.internal.WorkbookComparison;
import no.planspor.workbook.internal.WorkbookComparison.Choice;
import no.planspor.workbook.internal.WorkbookFile;
import no.planspor.workbook.internal.WorkbookReader;

/**
 * A plan as a workbook, and a workbook taken back: {@link #export} for anyone who reads the plan;
 * {@link #preview} and {@link #apply} for its editors. Applying reads and checks the whole workbook
 * again, and writes only when it has no problems and every conflict is chosen, all in one transaction.
 */
@Service
class PlanWorkbooks {

	/** What applying did: written (with the changes), or refused for problems or for conflicts (nothing written). */
	enum Outcome {
		APPLIED, PROBLEMS, CONFLICTS
	}

	record Applied(Outcome outcome, Preview preview) {
	}

	private final PlanReader plans;

	private final StatusUpdates statuses;

	private final Permissions permissions;

	private final PlanWorkbookWriter writer;

	private final WorkbookReader reader;

	private final RuleChecks rules;

	private final EditsWriter edits;

	private final Clock clock;

	PlanWorkbooks(PlanReader plans, StatusUpdates statuses, Permissions permissions, PlanWorkbookWriter writer,
			WorkbookReader reader, RuleChecks rules, EditsWriter edits, Clock clock) {
		this.plans = plans;
		this.statuses = statuses;
		this.permissions = permissions;
		this.writer = writer;
		this.reader = reader;
		this.rules = rules;
		this.edits = edits;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public byte[] export(String planCode, Locale locale) {
		PlanTree tree = plans.tree(planCode);
		return writer.write(tree, statuses.latestByItem(tree.plan().id()), locale);
	}

	/** What the workbook would change; writes nothing. */
	@Transactional(readOnly = true)
	public Preview preview(String planCode, byte[] workbook, Set<String> addParties, Map<String, Choice> choices) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		return compare(tree, workbook, addParties, choices);
	}

	/** Writes what the workbook changes, or nothing (with why). */
	@Transactional
	public Applied apply(String planCode, byte[] workbook, Set<String> addParties, Map<String, Choice> choices) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		Preview preview = compare(tree, workbook, addParties, choices);
		if (!preview.problems().isEmpty()) {
			return new Applied(Outcome.PROBLEMS, preview);
		}
		if (!preview.conflicts().isEmpty()) {
			return new Applied(Outcome.CONFLICTS, preview);
		}
		edits.write(planCode, preview.edits());
		return new Applied(Outcome.APPLIED, preview);
	}

	private Preview compare(PlanTree tree, byte[] bytes, Set<String> addParties, Map<String, Choice> choices) {
		LocalDate today = LocalDate.now(clock);
		ReadWorkbook read;
		try (XSSFWorkbook workbook = WorkbookFile.open(bytes)) {
			read = reader.read(workbook, tree, addParties);
		}
		catch (WorkbookFile.Refused refused) {
			return refused(refused);
		}
		catch (IOException ex) {
			return refused(new WorkbookFile.Refused("workbook.file.unreadable"));
		}
		Preview compared = WorkbookComparison.compare(tree, statuses.latestByItem(tree.plan().id()), read, choices,
				addParties, today);
		List<SheetProblem> problems = new ArrayList<>(compared.problems());
		if (problems.isEmpty()) {
			problems.addAll(rules.check(tree, read, compared.edits(), today));
		}
		return new Preview(compared.changes(), compared.conflicts(), compared.settled(), problems,
				compared.unknownParties(), compared.edits());
	}

	private static Preview refused(WorkbookFile.Refused refused) {
		return new Preview(List.of(), List.of(), List.of(), List.of(SheetProblem.ofFile(refused.code(), refused.args())),
				Set.of(), null);
	}
}
