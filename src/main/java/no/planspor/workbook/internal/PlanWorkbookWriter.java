package no.planspor.workbook.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.shared.SpreadsheetText;
import no.planspor.web.Dates;
import no.planspor.workbook.internal.Styles.Kind;

/**
 * A plan as the workbook its people keep: one row per goal, sub-goal and measure in plan order, in the
 * plan's own columns and the reader's language; the parties (Forkortelser) and the plan's facts on
 * sheets of their own, and a very hidden sheet of what was exported ({@link BaseSheet}) for taking the
 * workbook back. Header frozen with a filter, Status as a drop-down of the states, dates as dates and
 * numbers as numbers, shortlisted rows filled in their shortlist's colour (light green first, as KRN
 * marks its shortlist), text that Excel would run as a formula written as text.
 */
@Component
public class PlanWorkbookWriter {

	/** Column widths in characters, by what the column holds. */
	private static final Map<Column, Integer> WIDTHS = Map.ofEntries(Map.entry(Column.CODE, 10),
			Map.entry(Column.GOAL, 30), Map.entry(Column.SUBGOAL, 36), Map.entry(Column.MEASURE, 50),
			Map.entry(Column.INDICATORS, 40), Map.entry(Column.RESPONSIBLE, 22), Map.entry(Column.DEADLINE, 12),
			Map.entry(Column.COMMENT, 30), Map.entry(Column.SHORTLISTS, 12), Map.entry(Column.STATE, 14),
			Map.entry(Column.PROGRESS, 11), Map.entry(Column.AS_OF, 12), Map.entry(Column.NARRATIVE, 40),
			Map.entry(Column.KEY, 8));

	/** The height of a line of text in the default font (Calibri 11), in points. */
	private static final float LINE_POINTS = 15f;

	private final MessageSource messages;

	PlanWorkbookWriter(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(PlanTree tree, Map<Long, StatusReport> latest, Locale locale) {
		Layout layout = Layout.of(tree);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Map<Long, Integer> fills = new HashMap<>();
			for (int i = 0; i < tree.shortlists().size(); i++) {
				fills.put(tree.shortlists().get(i).id(), i % Styles.SHORTLIST_FILLS);
			}
			List<PlanItem> items = tree.allItems().toList();
			Map<Long, RowValues> values = new HashMap<>();
			items.forEach(item -> values.put(item.id(), RowValues.of(item, latest.get(item.id()))));
			items(workbook.createSheet(text("workbook.sheet.items", locale)), layout, items, values, fills, styles,
					locale);
			parties(workbook.createSheet(text("workbook.sheet.parties", locale)), tree, styles, locale);
			about(workbook.createSheet(text("workbook.sheet.about", locale)), tree, fills, styles, locale);
			Sheet base = workbook.createSheet(BaseSheet.NAME);
			BaseSheet.write(base, tree.plan().code(), layout, items, values);
			workbook.setSheetVisibility(workbook.getSheetIndex(base), SheetVisibility.VERY_HIDDEN);
			workbook.getProperties().getCoreProperties().setTitle(tree.plan().title());
			workbook.getProperties().getCoreProperties().setCreator("Planspor");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void items(Sheet sheet, Layout layout, List<PlanItem> items, Map<Long, RowValues> values,
			Map<Long, Integer> fills, Styles styles, Locale locale) {
		List<Column> columns = layout.columns();
		Row head = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = head.createCell(c);
			cell.setCellValue(text(layout.headerKey(columns.get(c)), locale));
			cell.setCellStyle(styles.header());
			sheet.setColumnWidth(c, WIDTHS.get(columns.get(c)) * 256);
		}
		head.setHeightInPoints(LINE_POINTS * 2 + 2);
		int r = 1;
		for (PlanItem item : items) {
			RowValues v = values.get(item.id());
			Integer fill = item.shortlists().isEmpty() ? null : fills.get(item.shortlists().get(0).id());
			boolean bold = item.kind() != no.planspor.plan.ItemKind.MEASURE;
			Row row = sheet.createRow(r++);
			int lines = 1;
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				Cell cell = row.createCell(c);
				Object value = value(column, item, v, locale);
				if (value instanceof String string && column != Column.KEY) {
					lines = Math.max(lines, lines(string, WIDTHS.get(column), bold));
				}
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(styles.of(Kind.DATE, bold, fill));
				}
				else if (value instanceof Integer number) {
					cell.setCellValue(number);
					cell.setCellStyle(styles.of(Kind.NUMBER, bold, fill));
				}
				else {
					String string = (String) value;
					if (string != null && !string.isEmpty()) {
						cell.setCellValue(string);
					}
					cell.setCellStyle(styles.of(SpreadsheetText.looksLikeFormula(string) ? Kind.QUOTED : Kind.TEXT, bold,
							fill));
				}
			}
			// Neither Excel nor LibreOffice sizes a row to its wrapped text by itself on opening a file.
			row.setHeightInPoints(Math.min(LINE_POINTS * lines + 2, 409));
		}
		sheet.setColumnHidden(columns.indexOf(Column.KEY), true);
		printed(sheet);
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, columns.size() - 2));
		stateList(sheet, columns.indexOf(Column.STATE), locale);
	}

	/** How many lines the text takes in a column this many characters wide, wrapped (a generous guess). */
	static int lines(String text, int width, boolean bold) {
		double perLine = width * (bold ? 0.9 : 1.1);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(line.length() / perLine));
		}
		return lines;
	}

	/** On paper: landscape, as wide as the page, the header on every page. */
	private static void printed(Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
	}

	private Object value(Column column, PlanItem item, RowValues v, Locale locale) {
		return switch (column) {
			case CODE -> v.code();
			case GOAL, SUBGOAL, MEASURE -> column.kind() == item.kind() ? v.label() : null;
			case INDICATORS -> String.join("\n", v.indicators());
			case RESPONSIBLE -> String.join(", ", v.responsible());
			case DEADLINE -> v.deadline();
			case COMMENT -> v.comment();
			case SHORTLISTS -> String.join(", ", v.shortlists());
			case STATE -> v.status().state() == null ? null : text("state." + v.status().state(), locale);
			case PROGRESS -> v.status().progress();
			case AS_OF -> v.status().asOf();
			case NARRATIVE -> v.status().text();
			case KEY -> String.valueOf(item.id());
		};
	}

	/** Status as a drop-down of the states in the reader's language; other text is refused by Excel. */
	private void stateList(Sheet sheet, int column, Locale locale) {
		String[] states = Arrays.stream(State.values()).map(state -> text("state." + state, locale)).toArray(String[]::new);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(states),
				new CellRangeAddressList(1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), column, column));
		validation.setShowErrorBox(true);
		validation.setSuppressDropDownArrow(true);
		validation.createErrorBox(text("workbook.state.title", locale), text("workbook.state.error", locale));
		sheet.addValidationData(validation);
	}

	private void parties(Sheet sheet, PlanTree tree, Styles styles, Locale locale) {
		String[] heads = { "workbook.party.code", "workbook.party.name", "workbook.party.kind" };
		int[] widths = { 22, 50, 16 };
		Row head = sheet.createRow(0);
		for (int c = 0; c < heads.length; c++) {
			Cell cell = head.createCell(c);
			cell.setCellValue(text(heads[c], locale));
			cell.setCellStyle(styles.header());
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		int r = 1;
		for (Party party : tree.parties()) {
			Row row = sheet.createRow(r++);
			textCell(row, 0, party.code(), styles);
			textCell(row, 1, party.name(), styles);
			textCell(row, 2, text("workbook.party.kind." + party.kind(), locale), styles);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, heads.length - 1));
	}

	private void about(Sheet sheet, PlanTree tree, Map<Long, Integer> fills, Styles styles, Locale locale) {
		sheet.setColumnWidth(0, 26 * 256);
		sheet.setColumnWidth(1, 70 * 256);
		var plan = tree.plan();
		List<Object[]> facts = new ArrayList<>();
		facts.add(new Object[] { "workbook.about.title", plan.title() });
		facts.add(new Object[] { "workbook.about.unit", plan.unit().name() + " (" + plan.unit().code() + ")" });
		facts.add(new Object[] { "workbook.about.period", plan.periodFrom() + "–" + plan.periodTo() });
		facts.add(new Object[] { "workbook.about.status", text("workbook.plan-status." + plan.status(), locale) });
		if (plan.parentTitle() != null) {
			facts.add(new Object[] { "workbook.about.builds-on", plan.parentTitle() });
		}
		if (plan.adoption() != null) {
			facts.add(new Object[] { "workbook.about.adopted-on", plan.adoption().on() });
			facts.add(new Object[] { "workbook.about.adopted-by", plan.adoption().by() });
			facts.add(new Object[] { "workbook.about.adoption-note", plan.adoption().note() });
		}
		facts.add(new Object[] { "workbook.about.code", plan.code() });
		facts.add(new Object[] { "workbook.about.exported", Dates.day(LocalDate.now(), locale) });
		int r = 0;
		for (Object[] fact : facts) {
			Row row = sheet.createRow(r++);
			Cell label = row.createCell(0);
			label.setCellValue(text((String) fact[0], locale));
			label.setCellStyle(styles.header());
			if (fact[1] instanceof LocalDate date) {
				Cell cell = row.createCell(1);
				cell.setCellValue(date);
				cell.setCellStyle(styles.of(Kind.DATE, false, null));
			}
			else {
				textCell(row, 1, (String) fact[1], styles);
			}
		}
		if (!tree.shortlists().isEmpty()) {
			r++;
			Row legend = sheet.createRow(r++);
			Cell title = legend.createCell(0);
			title.setCellValue(text("workbook.about.legend", locale));
			title.setCellStyle(styles.header());
			for (Shortlist shortlist : tree.shortlists()) {
				Row row = sheet.createRow(r++);
				Cell code = row.createCell(0);
				code.setCellValue(shortlist.code());
				code.setCellStyle(styles.of(Kind.TEXT, false, fills.get(shortlist.id())));
				Cell name = row.createCell(1);
				name.setCellValue(shortlist.title());
				name.setCellStyle(styles.of(Kind.TEXT, false, fills.get(shortlist.id())));
			}
		}
	}

	private static void textCell(Row row, int column, String value, Styles styles) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		XSSFCellStyle style = styles.of(SpreadsheetText.looksLikeFormula(value) ? Kind.QUOTED : Kind.TEXT, false, null);
		cell.setCellStyle(style);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
