package no.planspor.exchange.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The members of planspor-archive/1, a plan with its whole follow-up history, in canonical order: the
 * reader accepts exactly these, the writer writes all of them in this order. docs/planspor-archive-1.md
 * describes each.
 */
public final class ArchiveFormat {

	public static final String NAME = "planspor-archive/1";

	public static final Set<String> ARCHIVE = members("format", "plan", "statusUpdates", "measurements");

	public static final Set<String> STATUS_UPDATE = members("id", "item", "state", "asOf", "progress", "text", "author",
			"recordedAt", "corrects");

	public static final Set<String> MEASUREMENT = members("item", "indicator", "value", "asOf", "note", "source",
			"evidence", "author", "recordedAt");

	public static final Set<String> AUTHOR = members("username", "name");

	/** The longest texts the follow-up tables keep. */
	static final int STATUS_TEXT = 4000;

	static final int NOTE = 2000;

	static final int EVIDENCE = 2000;

	static final int AUTHOR_NAME = 200;

	static final int USERNAME = 100;

	private ArchiveFormat() {
	}

	private static Set<String> members(String... names) {
		return new LinkedHashSet<>(List.of(names));
	}
}
