package no.planspor.workbook.internal;

import java.util.List;

/**
 * One thing wrong with a workbook, where a person finds it: the sheet, the row as Excel numbers it and
 * the column by its header; null where the problem is the file's as a whole. {@code code} and
 * {@code args} are a message of the bundles, said in the reader's language by the page or the API.
 */
public record SheetProblem(String sheet, Integer row, String column, String code, List<Object> args) {

	public SheetProblem {
		args = List.copyOf(args);
	}

	public static SheetProblem of(String sheet, Integer row, String column, String code, Object... args) {
		return new SheetProblem(sheet, row, column, code, List.of(args));
	}

	public static SheetProblem ofFile(String code, Object... args) {
		return new SheetProblem(null, null, null, code, List.of(args));
	}
}
