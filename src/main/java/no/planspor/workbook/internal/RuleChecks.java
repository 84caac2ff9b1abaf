package no.planspor.workbook.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.planspor.followup.StatusRules;
import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRules;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.IndicatorEdit;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.shared.Problem;
import no.planspor.workbook.internal.RowValues.Field;

/**
 * The plan's own rules asked about every edit a workbook would make, before anything is written: the
 * item rules through the editor's service (what the item form and the API are told), the status rules
 * of follow-up; each problem put at its sheet, row and column.
 */
@Component
public class RuleChecks {

	private final ItemFieldsEditing items;

	RuleChecks(ItemFieldsEditing items) {
		this.items = items;
	}

	public List<SheetProblem> check(PlanTree tree, ReadWorkbook read, Edits edits, LocalDate today) {
		List<SheetProblem> found = new ArrayList<>();
		String plan = tree.plan().code();
		Map<Long, PlanItem> byId = tree.itemsById();
		Set<String> newParties = Set.copyOf(edits.newParties());
		for (Edits.ItemEdit edit : edits.edits()) {
			PlanItem item = byId.get(edit.key());
			ItemFields fields = ItemEditsFromRows.fields(tree, item, edit.values());
			List<IndicatorEdit> indicators = edit.values().containsKey(Field.INDICATORS)
					? ItemEditsFromRows.indicators(item, lines(edit.values().get(Field.INDICATORS))) : null;
			for (Problem problem : items.problems(plan, item.code(), fields, indicators)) {
				if (!aboutNewParty(problem, newParties)) {
					found.add(placed(read, edit.row(), item.kind(), problem));
				}
			}
		}
		for (Edits.NewItem row : edits.added()) {
			String parentCode = row.parentKey() != null ? byId.get(row.parentKey()).code()
					: row.parentRow() != null ? newCode(edits, row.parentRow()) : null;
			ItemFields fields = ItemEditsFromRows.fields(parentCode, row.kind(), row.values());
			for (Problem problem : items.problems(plan, null, fields)) {
				// A parent that is new too is not there yet; where it stands is checked when it is written.
				boolean newParent = row.parentRow() != null && problem.path().equals("parent");
				if (!newParent && !aboutNewParty(problem, newParties)) {
					found.add(placed(read, row.row(), row.kind(), problem));
				}
			}
			for (int i = 0; i < row.values().indicators().size(); i++) {
				for (Problem problem : ItemRules.indicatorText(row.values().indicators().get(i), "indicators[" + i + "].text")) {
					found.add(placed(read, row.row(), row.kind(), problem));
				}
			}
		}
		for (Edits.NewStatus status : edits.statuses()) {
			int row = status.row() != null ? status.row() : rowOf(read, status.key());
			for (Problem problem : StatusRules.check(status.report(), tree.plan().periodFrom(), tree.plan().periodTo(),
					today, "$")) {
				Column column = switch (problem.path()) {
					case "$.state" -> Column.STATE;
					case "$.asOf" -> Column.AS_OF;
					case "$.progress" -> Column.PROGRESS;
					default -> Column.NARRATIVE;
				};
				found.add(SheetProblem.of(read.sheet(), row, read.headers().get(column), problem.code(),
						problem.args().toArray()));
			}
		}
		return found;
	}

	/** The code of the new item of a row; something no item has when the row has none (its own problem). */
	private static String newCode(Edits edits, int row) {
		return edits.added().stream().filter(a -> a.row() == row).map(a -> a.values().code()).filter(c -> c != null)
			.findFirst().orElse("?" + row);
	}

	@SuppressWarnings("unchecked")
	private static List<String> lines(Object value) {
		return (List<String>) value;
	}

	private static boolean aboutNewParty(Problem problem, Set<String> newParties) {
		return problem.code().equals("plan.edit.party.unknown") && !problem.args().isEmpty()
				&& newParties.contains(String.valueOf(problem.args().get(0)));
	}

	private static int rowOf(ReadWorkbook read, Long key) {
		return read.rows().stream().filter(r -> key.equals(r.key())).mapToInt(ReadRow::row).findFirst().orElse(0);
	}

	/** The column a rule's problem is about, by its path (the item form's field names). */
	private static SheetProblem placed(ReadWorkbook read, int row, ItemKind kind, Problem problem) {
		String path = problem.path();
		Column column;
		if (path.startsWith("responsible")) {
			column = Column.RESPONSIBLE;
		}
		else if (path.startsWith("indicators")) {
			column = Column.INDICATORS;
		}
		else {
			column = switch (path) {
				case "title", "text", "kind", "parent" -> Column.of(kind);
				case "comment" -> Column.COMMENT;
				case "deadline" -> Column.DEADLINE;
				default -> Column.CODE;
			};
		}
		return SheetProblem.of(read.sheet(), row, read.headers().get(column), problem.code(), problem.args().toArray());
	}
}
