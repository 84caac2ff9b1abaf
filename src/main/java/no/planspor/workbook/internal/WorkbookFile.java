package no.planspor.workbook.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded workbook only when it is safe to: a real .xlsx (not an old .xls, not an encrypted
 * workbook, not some other file), no bigger than it needs to be when unpacked (ratio and size, so that
 * a zip bomb is refused before it is expanded in memory), no XML entity declarations (XXE), and no
 * more rows and cells than a plan could have. Every part is unpacked once here with counted bytes,
 * before POI reads it (POI's own {@link ZipSecureFile} limits are set too, as a second guard). Formulas
 * are never evaluated: the reader takes their cached values.
 */
public final class WorkbookFile {

	/** The largest upload, the same as the pages' multipart limit. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final long MAX_EXPANDED = 40L * 1024 * 1024;

	static final long MAX_ENTRY = 20L * 1024 * 1024;

	/** Compressed / expanded below this is a bomb (1:100); real workbooks stay above 1:20. */
	static final double MIN_RATIO = 0.01;

	static final int MAX_ENTRIES = 1000;

	public static final int MAX_ROWS = 5000;

	public static final int MAX_CELLS = 150_000;

	static {
		ZipSecureFile.setMinInflateRatio(MIN_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
	}

	/** The file was refused; {@code code} is the message key that says why. */
	public static final class Refused extends RuntimeException {

		private final String code;

		private final transient Object[] args;

		public Refused(String code, Object... args) {
			super(code);
			this.code = code;
			this.args = args;
		}

		public String code() {
			return code;
		}

		public Object[] args() {
			return args;
		}
	}

	private WorkbookFile() {
	}

	/** The workbook, or {@link Refused}. The caller closes it. */
	public static XSSFWorkbook open(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new Refused("workbook.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new Refused("workbook.file.too-large", MAX_BYTES / (1024 * 1024));
		}
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new Refused("workbook.file.not-workbook");
		}
		if (magic == FileMagic.OLE2) {
			throw new Refused(encrypted(bytes) ? "workbook.file.encrypted" : "workbook.file.old-excel");
		}
		if (magic != FileMagic.OOXML) {
			throw new Refused("workbook.file.not-workbook");
		}
		inspect(bytes);
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (EncryptedDocumentException ex) {
			throw new Refused("workbook.file.encrypted");
		}
		catch (IOException | RuntimeException ex) {
			String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
			throw new Refused(message.contains("zip bomb") ? "workbook.file.bomb" : "workbook.file.unreadable");
		}
		try {
			count(workbook);
		}
		catch (Refused refused) {
			close(workbook);
			throw refused;
		}
		return workbook;
	}

	/** An encrypted .xlsx is an OLE2 container holding the encrypted package and how it was encrypted. */
	private static boolean encrypted(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Unpacks every part once, counting what comes out (sizes in the zip's directory can lie): too many
	 * parts, too much in all or in one, too little compressed for what it expands to, or an XML part that
	 * declares a document type or entities is refused. A workbook must have its workbook part.
	 */
	private static void inspect(byte[] bytes) {
		boolean workbookPart = false;
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new Refused("workbook.file.bomb");
				}
				String name = entry.getName();
				workbookPart |= name.equals("xl/workbook.xml");
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
				long size = 0;
				String tail = "";
				int read;
				while ((read = zip.read(buffer)) > 0) {
					size += read;
					total += read;
					if (size > MAX_ENTRY || total > MAX_EXPANDED) {
						throw new Refused("workbook.file.bomb");
					}
					if (xml) {
						// A declaration may straddle two reads: look at the end of the last one with this one.
						String chunk = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
						if (declaresEntities(chunk)) {
							throw new Refused("workbook.file.entities");
						}
						tail = chunk.substring(Math.max(0, chunk.length() - 16));
					}
				}
			}
		}
		catch (Refused refused) {
			throw refused;
		}
		catch (IOException | RuntimeException ex) {
			throw new Refused("workbook.file.unreadable");
		}
		if (total > 0 && (double) bytes.length / total < MIN_RATIO) {
			throw new Refused("workbook.file.bomb");
		}
		if (!workbookPart) {
			throw new Refused("workbook.file.not-workbook");
		}
	}

	private static boolean declaresEntities(String xml) {
		String upper = xml.toUpperCase(Locale.ROOT);
		return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
	}

	private static void count(XSSFWorkbook workbook) {
		long cells = 0;
		for (Sheet sheet : workbook) {
			if (sheet.getLastRowNum() >= MAX_ROWS) {
				throw new Refused("workbook.file.too-many-rows", sheet.getSheetName(), MAX_ROWS);
			}
			for (Row row : sheet) {
				cells += Math.max(0, row.getLastCellNum());
				if (cells > MAX_CELLS) {
					throw new Refused("workbook.file.too-many-cells", MAX_CELLS);
				}
			}
		}
	}

	private static void close(XSSFWorkbook workbook) {
		try {
			workbook.close();
		}
		catch (IOException ignored) {
			// Read from memory: nothing to release that the collector will not.
		}
	}
}
