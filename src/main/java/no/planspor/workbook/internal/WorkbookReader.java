package no.planspor.workbook.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.followup.State;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.workbook.internal.RowValues.StatusValue;

/**
 * Reads the plan sheet of a workbook Planspor wrote for this plan. Columns are found by their headers
 * (in either language), so that a person may move them; values are read as they stand, a formula as the
 * value Excel saved with it (never evaluated). Every cell that cannot be read is named by sheet, row and
 * column, all at once.
 */
@Component
public class WorkbookReader {

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nb"), Locale.ENGLISH);

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d.M.uuuu"),
			DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"));

	private static final String SEPARATORS = "[,;\\n]";

	private final MessageSource messages;

	WorkbookReader(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param addParties party names the person chose to add to the plan: known from now on
	 * @throws WorkbookFile.Refused when the workbook is not one of this plan's
	 */
	public ReadWorkbook read(XSSFWorkbook workbook, PlanTree tree, Set<String> addParties) {
		BaseSheet.Base base = BaseSheet.read(workbook.getSheet(BaseSheet.NAME));
		if (base == null) {
			throw new WorkbookFile.Refused("workbook.file.not-planspor");
		}
		if (!base.planCode().equals(tree.plan().code())) {
			throw new WorkbookFile.Refused("workbook.file.other-plan", base.planCode(), tree.plan().title());
		}
		Sheet sheet = workbook.getSheetAt(0);
		String name = sheet.getSheetName();
		List<SheetProblem> problems = new ArrayList<>();
		Map<Column, Integer> at = new EnumMap<>(Column.class);
		Map<Column, String> headers = new EnumMap<>(Column.class);
		Map<String, Column> known = headerNames(base.layout());
		Row head = sheet.getRow(0);
		if (head != null) {
			for (Cell cell : head) {
				String header = text(cell);
				Column column = header == null ? null : known.get(norm(header));
				if (column != null && !at.containsKey(column)) {
					at.put(column, cell.getColumnIndex());
					headers.put(column, header);
				}
			}
		}
		for (Column column : base.layout().columns()) {
			if (!at.containsKey(column)) {
				headers.put(column, messages.getMessage(base.layout().headerKey(column), null, column.name(),
						LANGUAGES.get(0)));
				problems.add(SheetProblem.of(name, 1, headers.get(column), "workbook.column.missing"));
			}
		}
		if (!problems.isEmpty()) {
			return new ReadWorkbook(base, name, headers, List.of(), problems, Set.of());
		}
		Cells cells = new Cells(name, at, headers, problems);
		Set<String> unknownParties = new LinkedHashSet<>();
		Set<Long> seen = new HashSet<>();
		List<ReadRow> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || blank(row, at)) {
				continue;
			}
			int number = r + 1;
			String keyText = cells.text(row, Column.KEY);
			Long key = null;
			ItemKind kind;
			if (keyText != null) {
				BaseSheet.BaseRow exported = null;
				try {
					exported = base.rows().get(Long.valueOf(keyText));
				}
				catch (NumberFormatException ex) {
					// Said below: a key that names no exported item.
				}
				if (exported == null) {
					problems.add(cells.problem(number, Column.KEY, "workbook.row.unknown-key", keyText));
					continue;
				}
				if (!seen.add(exported.key())) {
					problems.add(cells.problem(number, Column.KEY, "workbook.row.duplicate-key", keyText));
					continue;
				}
				key = exported.key();
				kind = exported.kind();
			}
			else {
				kind = levelOf(row, cells, base.layout());
				if (kind == null) {
					problems.add(cells.problem(number, base.layout().columns().get(0), "workbook.row.no-level",
							levelNames(base.layout(), headers)));
					continue;
				}
			}
			RowValues values = new RowValues(cells.text(row, Column.CODE), cells.text(row, Column.of(kind)),
					lines(cells.text(row, Column.INDICATORS)), parties(row, number, cells, tree, addParties, unknownParties),
					cells.date(row, number, Column.DEADLINE), cells.text(row, Column.COMMENT),
					shortlists(row, number, cells, tree), new StatusValue(state(row, number, cells),
							cells.number(row, number, Column.PROGRESS), cells.date(row, number, Column.AS_OF),
							cells.text(row, Column.NARRATIVE)));
			rows.add(new ReadRow(number, key, kind, values));
		}
		return new ReadWorkbook(base, name, headers, rows, problems, unknownParties);
	}

	/** Every name a column may go by: both languages, and both layouts' names for the same column. */
	private Map<String, Column> headerNames(Layout layout) {
		Map<String, Column> names = new HashMap<>();
		for (Locale language : LANGUAGES) {
			for (Layout any : List.of(layout, layout == Layout.GOAL_MEASURE ? Layout.GOAL_SUBGOAL_MEASURE : Layout.GOAL_MEASURE)) {
				for (Column column : any.columns()) {
					String header = messages.getMessage(any.headerKey(column), null, null, language);
					if (header != null) {
						names.putIfAbsent(norm(header), column);
					}
				}
			}
		}
		return names;
	}

	private static boolean blank(Row row, Map<Column, Integer> at) {
		for (int index : at.values()) {
			Cell cell = row.getCell(index);
			if (cell != null && cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING
					&& cell.getStringCellValue().isBlank())) {
				return false;
			}
		}
		return true;
	}

	/** The kind of a new row: the deepest level column that holds text. */
	private static ItemKind levelOf(Row row, Cells cells, Layout layout) {
		ItemKind kind = null;
		for (Column column : layout.columns()) {
			if (column.kind() != null && cells.text(row, column) != null) {
				kind = column.kind();
			}
		}
		return kind;
	}

	private static String levelNames(Layout layout, Map<Column, String> headers) {
		return String.join(", ", layout.columns().stream().filter(c -> c.kind() != null).map(headers::get).toList());
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** Party codes, found by code or by name; a name the plan does not know is a problem, unless it is to be added. */
	private static List<String> parties(Row row, int number, Cells cells, PlanTree tree, Set<String> addParties,
			Set<String> unknown) {
		List<String> codes = new ArrayList<>();
		for (String token : tokens(cells.text(row, Column.RESPONSIBLE))) {
			String code = tree.parties().stream().filter(p -> p.code().equals(token)).map(Party::code).findFirst()
				.or(() -> tree.parties().stream().filter(p -> p.code().equalsIgnoreCase(token)
						|| p.name().equalsIgnoreCase(token)).map(Party::code).findFirst())
				.orElse(null);
			if (code == null && addParties.contains(token)) {
				code = token;
			}
			if (code == null) {
				unknown.add(token);
				cells.problems.add(cells.problem(number, Column.RESPONSIBLE, "workbook.party.unknown", token));
			}
			else if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static List<String> shortlists(Row row, int number, Cells cells, PlanTree tree) {
		List<String> codes = new ArrayList<>();
		for (String token : tokens(cells.text(row, Column.SHORTLISTS))) {
			String code = tree.shortlists().stream().filter(s -> s.code().equalsIgnoreCase(token)
					|| s.title().equalsIgnoreCase(token)).map(Shortlist::code).findFirst().orElse(null);
			if (code == null) {
				cells.problems.add(cells.problem(number, Column.SHORTLISTS, "workbook.shortlist.unknown", token));
			}
			else if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static List<String> tokens(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> tokens = new ArrayList<>();
		for (String token : text.split(SEPARATORS)) {
			if (!token.isBlank()) {
				tokens.add(token.strip());
			}
		}
		return tokens;
	}

	private State state(Row row, int number, Cells cells) {
		String text = cells.text(row, Column.STATE);
		if (text == null) {
			return null;
		}
		for (State state : State.values()) {
			if (state.name().equalsIgnoreCase(text)) {
				return state;
			}
			for (Locale language : LANGUAGES) {
				if (norm(messages.getMessage("state." + state, null, state.name(), language)).equals(norm(text))) {
					return state;
				}
			}
		}
		cells.problems.add(cells.problem(number, Column.STATE, "workbook.state.unknown", text));
		return null;
	}

	private static String norm(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	private static String text(Cell cell) {
		return Cells.textOf(cell);
	}

	/** Reading cells of one sheet, naming each problem by the sheet, row and column. */
	private static final class Cells {

		final String sheet;

		final Map<Column, Integer> at;

		final Map<Column, String> headers;

		final List<SheetProblem> problems;

		Cells(String sheet, Map<Column, Integer> at, Map<Column, String> headers, List<SheetProblem> problems) {
			this.sheet = sheet;
			this.at = at;
			this.headers = headers;
			this.problems = problems;
		}

		SheetProblem problem(int row, Column column, String code, Object... args) {
			return SheetProblem.of(sheet, row, headers.get(column), code, args);
		}

		Cell cell(Row row, Column column) {
			Integer index = at.get(column);
			return index == null ? null : row.getCell(index);
		}

		String text(Row row, Column column) {
			return textOf(cell(row, column));
		}

		/** A cell as text; a formula's saved value, never evaluated. */
		static String textOf(Cell cell) {
			if (cell == null) {
				return null;
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
			String value = switch (type) {
				case STRING -> cell.getRichStringCellValue().getString();
				case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
				case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
				default -> null;
			};
			return value == null || value.isBlank() ? null : value.strip();
		}

		LocalDate date(Row row, int number, Column column) {
			Cell cell = cell(row, column);
			if (cell == null) {
				return null;
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
			if (type == CellType.NUMERIC) {
				double value = cell.getNumericCellValue();
				if (DateUtil.isValidExcelDate(value)) {
					return DateUtil.getLocalDateTime(value).toLocalDate();
				}
			}
			String text = textOf(cell);
			if (text == null) {
				return null;
			}
			for (DateTimeFormatter format : DATES) {
				try {
					return LocalDate.parse(text, format);
				}
				catch (DateTimeParseException ex) {
					// the next format, perhaps
				}
			}
			problems.add(problem(number, column, "workbook.cell.date", text));
			return null;
		}

		Integer number(Row row, int number, Column column) {
			String text = textOf(cell(row, column));
			if (text == null) {
				return null;
			}
			String digits = text.replace("%", "").replace(',', '.').strip();
			try {
				BigDecimal value = new BigDecimal(digits);
				if (value.stripTrailingZeros().scale() <= 0) {
					return value.intValueExact();
				}
			}
			catch (NumberFormatException | ArithmeticException ex) {
				// said below
			}
			problems.add(problem(number, column, "workbook.cell.whole-number", text));
			return null;
		}
	}
}
