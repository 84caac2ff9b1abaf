package no.planspor.shared;

import java.util.List;

/**
 * One thing wrong with an input: where ({@code path}, a JSON path such as {@code $.items[0].code}
 * or a form field name) and what, as a message key with arguments so that it can be told in the
 * reader's language.
 */
public record Problem(String path, String code, List<Object> args) {

	public Problem {
		args = List.copyOf(args);
	}

	public static Problem of(String path, String code, Object... args) {
		return new Problem(path, code, List.of(args));
	}
}
