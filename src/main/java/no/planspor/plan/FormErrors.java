package no.planspor.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import no.planspor.shared.Problem;

/**
 * A form's problems in the reader's language: one message per field, to show beside it, and a
 * summary for the top of the form that links to each field and says which field it is.
 *
 * <p>Problem paths become field ids: {@code responsible[2]} is the field {@code responsible},
 * {@code references[1].title} the field {@code references-1-title}.
 */
record FormErrors(Map<String, String> fields, List<Entry> summary) {

	record Entry(String field, String text) {
	}

	static FormErrors none() {
		return new FormErrors(Map.of(), List.of());
	}

	/**
	 * @param labels the message key prefix of the form's field labels ({@code plan.item.field.}), so the
	 *     summary can name the field; fields without a label are summarised by their message alone
	 */
	static FormErrors of(List<Problem> problems, MessageSource messages, Locale locale, String labels) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<Entry> summary = new ArrayList<>();
		for (Problem problem : problems) {
			String field = field(problem.path());
			String text = messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
			if (fields.putIfAbsent(field, text) != null) {
				continue;
			}
			String label = labels == null ? null : messages.getMessage(labels + field, null, null, locale);
			summary.add(new Entry(field, label == null ? text : label + ": " + text));
		}
		return new FormErrors(Map.copyOf(fields), List.copyOf(summary));
	}

	static String field(String path) {
		return path.replaceFirst("\\[\\d+]$", "").replaceAll("\\[(\\d+)]\\.", "-$1-").replace('.', '-');
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

	public int size() {
		return summary.size();
	}

	public String get(String field) {
		return fields.get(field);
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}
}
