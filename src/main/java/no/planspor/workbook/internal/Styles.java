package no.planspor.workbook.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a plan workbook, each made once (a workbook holds a limited number): by what the
 * cell holds, whether its row is a goal or sub-goal (bold), and the fill of its row's shortlist.
 */
final class Styles {

	/** Light green (as KRN marks its shortlist), light blue, light yellow, light rose, light lilac. */
	private static final byte[][] FILLS = { rgb(0xC6EFCE), rgb(0xDDEBF7), rgb(0xFFF2CC), rgb(0xFCE4D6),
			rgb(0xE4DFEC) };

	static final int SHORTLIST_FILLS = FILLS.length;

	enum Kind {
		TEXT, QUOTED, DATE, NUMBER
	}

	private final XSSFWorkbook workbook;

	private final XSSFCellStyle header;

	private final XSSFFont bold;

	private final Map<String, XSSFCellStyle> made = new HashMap<>();

	Styles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		header.setFillForegroundColor(new XSSFColor(rgb(0xD9D9D9), null));
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
	}

	XSSFCellStyle header() {
		return header;
	}

	/** @param fill the shortlist's fill, or null */
	XSSFCellStyle of(Kind kind, boolean strong, Integer fill) {
		return made.computeIfAbsent(kind + "/" + strong + "/" + fill, k -> make(kind, strong, fill));
	}

	private XSSFCellStyle make(Kind kind, boolean strong, Integer fill) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setWrapText(true);
		if (strong) {
			style.setFont(bold);
		}
		if (fill != null) {
			style.setFillForegroundColor(new XSSFColor(FILLS[fill], null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		switch (kind) {
			case QUOTED -> style.setQuotePrefixed(true);
			case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			case NUMBER -> style.setDataFormat(workbook.createDataFormat().getFormat("0"));
			case TEXT -> style.setDataFormat(workbook.createDataFormat().getFormat("@"));
		}
		return style;
	}

	private static byte[] rgb(int rgb) {
		return new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb };
	}
}
