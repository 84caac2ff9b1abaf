package no.planspor.shared;

/**
 * Text in a spreadsheet cell that a spreadsheet program would take for a formula (or a command) if it
 * were typed in: it begins with {@code = + - @}, a tab or a carriage return. Every workbook Planspor
 * writes marks such text as text (quote-prefixed), so that it is shown and never run.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static boolean looksLikeFormula(String text) {
		return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}
}
