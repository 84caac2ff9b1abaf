package no.planspor.workbook.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import no.planspor.followup.State;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.workbook.internal.RowValues.StatusValue;

/**
 * The very hidden sheet that remembers the plan as it was exported: which plan, in which layout, and
 * each item's key, version, parent and values. Taking the workbook back compares each row with what it
 * said at export (did the person change it?) and with the plan now (did someone else?), so that no
 * table is needed to tell a change from a conflict.
 */
public final class BaseSheet {

	public static final String NAME = "planspor";

	public static final String FORMAT = "planspor-workbook/1";

	/** An item as exported. */
	public record BaseRow(long key, int version, Long parentKey, ItemKind kind, RowValues values) {
	}

	/** What the hidden sheet says. */
	public record Base(String planCode, Layout layout, Map<Long, BaseRow> rows) {
	}

	private BaseSheet() {
	}

	static void write(Sheet sheet, String planCode, Layout layout, List<PlanItem> items, Map<Long, RowValues> values) {
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue(FORMAT);
		head.createCell(1).setCellValue(planCode);
		head.createCell(2).setCellValue(layout.name());
		int r = 1;
		for (PlanItem item : items) {
			RowValues v = values.get(item.id());
			Row row = sheet.createRow(r++);
			String[] cells = { String.valueOf(item.id()), String.valueOf(item.version()),
					item.parentId() == null ? "" : String.valueOf(item.parentId()), item.kind().name(), v.code(),
					v.label(), lines(v.indicators()), lines(v.responsible()), iso(v.deadline()), v.comment(),
					lines(v.shortlists()), v.status().state() == null ? null : v.status().state().name(),
					v.status().progress() == null ? null : String.valueOf(v.status().progress()), iso(v.status().asOf()),
					v.status().text() };
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] != null && !cells[c].isEmpty()) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
		}
	}

	/**
	 * What the sheet says, or null when it is not one Planspor wrote (or was altered past reading).
	 */
	static Base read(Sheet sheet) {
		if (sheet == null || !FORMAT.equals(text(sheet.getRow(0), 0))) {
			return null;
		}
		try {
			String planCode = text(sheet.getRow(0), 1);
			Layout layout = Layout.valueOf(text(sheet.getRow(0), 2));
			Map<Long, BaseRow> rows = new LinkedHashMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || text(row, 0) == null) {
					continue;
				}
				long key = Long.parseLong(text(row, 0));
				String parent = text(row, 2);
				String state = text(row, 11);
				String progress = text(row, 12);
				RowValues values = new RowValues(text(row, 4), text(row, 5), list(text(row, 6)), list(text(row, 7)),
						date(text(row, 8)), text(row, 9), list(text(row, 10)),
						new StatusValue(state == null ? null : State.valueOf(state),
								progress == null ? null : Integer.valueOf(progress), date(text(row, 13)), text(row, 14)));
				rows.put(key, new BaseRow(key, Integer.parseInt(text(row, 1)), parent == null ? null : Long.valueOf(parent),
						ItemKind.valueOf(text(row, 3)), values));
			}
			return new Base(planCode, layout, rows);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	private static String text(Row row, int column) {
		if (row == null) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell == null || cell.getCellType() != CellType.STRING) {
			return null;
		}
		String value = cell.getStringCellValue();
		return value.isEmpty() ? null : value;
	}

	private static String lines(List<String> values) {
		return String.join("\n", values);
	}

	private static List<String> list(String lines) {
		return lines == null ? List.of() : Arrays.asList(lines.split("\n"));
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static LocalDate date(String iso) {
		return iso == null ? null : LocalDate.parse(iso);
	}
}
