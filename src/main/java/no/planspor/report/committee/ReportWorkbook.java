package no.planspor.report.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.followup.IndicatorProgress;
import no.planspor.shared.SpreadsheetText;
import no.planspor.report.committee.CommitteeReport.GoalSection;
import no.planspor.report.committee.CommitteeReport.Group;
import no.planspor.report.committee.CommitteeReport.IndicatorLine;
import no.planspor.report.committee.CommitteeReport.MeasureLine;

/**
 * The committee's report as an Excel workbook, for those who sort and filter it further: one row per
 * measure, one per indicator, and what the report is. Headers frozen with a filter on them, states in
 * words, dates as dates and numbers as numbers; a text that Excel would take for a formula (it begins
 * with = + - @, a tab or a return) is marked as text, so that it is shown and never run.
 */
@Component
class ReportWorkbook {

	/** Column widths in characters. */
	private static final int NARROW = 10;

	private static final int CODE = 12;

	private static final int MEDIUM = 18;

	private static final int WIDE = 50;

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(CommitteeReport report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			measures(workbook.createSheet(text("report.committee.sheet.measures", locale)), report, styles, locale);
			indicators(workbook.createSheet(text("report.committee.sheet.indicators", locale)), report, styles, locale);
			about(workbook.createSheet(text("report.committee.sheet.about", locale)), report, styles, locale);
			workbook.getProperties().getCoreProperties().setTitle(text("report.committee.title", locale) + " – "
					+ report.plan().title());
			workbook.getProperties().getCoreProperties().setCreator("Planspor");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void measures(Sheet sheet, CommitteeReport report, Styles styles, Locale locale) {
		List<String> headers = List.of("goal", "subgoal", "code", "measure", "responsible", "deadline", "state",
				"state-as-of", "progress", "narrative", "state-before", "change", "indicators");
		int[] widths = { WIDE / 2, WIDE / 2, CODE, WIDE, MEDIUM, NARROW + 2, MEDIUM, NARROW + 2, NARROW, WIDE, MEDIUM, MEDIUM,
				WIDE };
		header(sheet, headers, widths, styles, locale);
		int r = 1;
		for (GoalSection goal : report.goals()) {
			for (Group group : goal.groups()) {
				for (MeasureLine m : group.measures()) {
					Row row = sheet.createRow(r++);
					text(row, 0, goal.code() + " " + goal.label(), styles, false);
					text(row, 1, group.code() == null ? null : group.code() + " " + group.label(), styles, false);
					text(row, 2, m.code(), styles, false);
					text(row, 3, m.label(), styles, true);
					text(row, 4, String.join(", ", m.responsible()), styles, true);
					date(row, 5, m.deadline(), styles);
					text(row, 6, m.now() == null ? text("state.NONE", locale) : text("state." + m.now().state(), locale),
							styles, false);
					date(row, 7, m.now() == null ? null : m.now().asOf(), styles);
					number(row, 8, m.now() == null ? null : m.now().progress(), styles);
					text(row, 9, m.now() == null ? null : m.now().text(), styles, true);
					text(row, 10, m.before() == null ? text("state.NONE", locale)
							: text("state." + m.before().state(), locale), styles, false);
					text(row, 11, text("report.committee.change." + m.change(), locale), styles, false);
					text(row, 12, String.join("\n", m.indicators().stream().map(IndicatorLine::text).toList()), styles,
							true);
				}
			}
		}
		finish(sheet, headers.size(), r);
	}

	private void indicators(Sheet sheet, CommitteeReport report, Styles styles, Locale locale) {
		List<String> headers = List.of("code", "indicator-number", "indicator", "verdict", "current", "target",
				"percent", "measured-on");
		int[] widths = { CODE, NARROW - 2, WIDE, MEDIUM, NARROW, NARROW, NARROW, NARROW + 2 };
		header(sheet, headers, widths, styles, locale);
		int r = 1;
		for (MeasureLine m : report.measures()) {
			for (IndicatorLine indicator : m.indicators()) {
				IndicatorProgress p = indicator.progress();
				Row row = sheet.createRow(r++);
				text(row, 0, m.code(), styles, false);
				number(row, 1, indicator.number(), styles);
				text(row, 2, indicator.text(), styles, true);
				text(row, 3, text("progress." + p.level(), locale), styles, false);
				decimal(row, 4, p.current(), styles);
				decimal(row, 5, p.goal(), styles);
				number(row, 6, p.percent(), styles);
				date(row, 7, p.asOf(), styles);
			}
		}
		finish(sheet, headers.size(), r);
	}

	private void about(Sheet sheet, CommitteeReport report, Styles styles, Locale locale) {
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, WIDE * 256);
		int r = 0;
		r = fact(sheet, r, text("report.committee.about.plan", locale), report.plan().title(), styles);
		r = fact(sheet, r, text("report.committee.about.unit", locale), report.plan().unitName(), styles);
		if (report.scope().roundTitle() != null) {
			r = fact(sheet, r, text("report.committee.about.round", locale), report.scope().roundTitle(), styles);
		}
		Row asOf = sheet.createRow(r++);
		text(asOf, 0, text("report.committee.as-of", locale), styles, false);
		date(asOf, 1, report.scope().asOf(), styles);
		Row since = sheet.createRow(r);
		text(since, 0, text("report.committee.since", locale), styles, false);
		date(since, 1, report.scope().since(), styles);
	}

	private int fact(Sheet sheet, int r, String label, String value, Styles styles) {
		Row row = sheet.createRow(r);
		text(row, 0, label, styles, false);
		text(row, 1, value, styles, true);
		return r + 1;
	}

	private void header(Sheet sheet, List<String> keys, int[] widths, Styles styles, Locale locale) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < keys.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(text("report.committee.column." + keys.get(i), locale));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	/**
	 * The header stays in view while scrolling and carries a filter over every row below it; printed,
	 * the sheet is landscape A4, one page wide, the header repeated on every page (it goes to FU on paper).
	 */
	private static void finish(Sheet sheet, int columns, int rows) {
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		fitRowHeights(sheet);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	/**
	 * Rows tall enough for their wrapped text. Neither POI nor every spreadsheet program measures text
	 * when the file is opened, and a row of default height shows one line of a long measure: the height
	 * is estimated from the characters per line the column's width holds.
	 */
	private static void fitRowHeights(Sheet sheet) {
		float line = sheet.getDefaultRowHeightInPoints();
		for (Row row : sheet) {
			int lines = 1;
			for (Cell cell : row) {
				if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || !cell.getCellStyle().getWrapText()) {
					continue;
				}
				int perLine = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
				int needed = 0;
				for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
					needed += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
				}
				lines = Math.max(lines, needed);
			}
			if (lines > 1) {
				row.setHeightInPoints(Math.min(lines, 30) * line);
			}
		}
	}

	private static void text(Row row, int column, String value, Styles styles, boolean wrap) {
		Cell cell = row.createCell(column);
		if (value == null || value.isEmpty()) {
			cell.setCellStyle(wrap ? styles.wrap : styles.text);
			return;
		}
		cell.setCellValue(value);
		boolean formula = SpreadsheetText.looksLikeFormula(value);
		cell.setCellStyle(formula ? (wrap ? styles.wrapQuoted : styles.textQuoted) : (wrap ? styles.wrap : styles.text));
	}

	private static void date(Row row, int column, LocalDate value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.date);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static void number(Row row, int column, Integer value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.number);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static void decimal(Row row, int column, java.math.BigDecimal value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.decimal);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** The few cell styles of the workbook (a workbook holds a limited number, so they are made once). */
	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrap;

		final CellStyle textQuoted;

		final CellStyle wrapQuoted;

		final CellStyle date;

		final CellStyle number;

		final CellStyle decimal;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			text = top(workbook);
			wrap = top(workbook);
			wrap.setWrapText(true);
			textQuoted = top(workbook);
			textQuoted.setQuotePrefixed(true);
			wrapQuoted = top(workbook);
			wrapQuoted.setWrapText(true);
			wrapQuoted.setQuotePrefixed(true);
			date = top(workbook);
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			number = top(workbook);
			number.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0"));
			// General: Excel writes the number as the reader's locale does (12,5 in Norwegian).
			decimal = top(workbook);
		}

		private static CellStyle top(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}
}
