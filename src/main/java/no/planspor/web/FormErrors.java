package no.planspor.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;

import no.planspor.shared.Problem;

/**
 * A form's problems in the reader's language, for the fragments of {@code web/form.html}: one message
 * per field, to show beside it, and a summary for the top of the form that links to each field (and,
 * given the labels, says which field it is).
 *
 * <p>Problem paths become field names: {@code $.asOf} and {@code asOf} are the field {@code asOf},
 * {@code responsible[2]} is {@code responsible}, {@code references[1].title} is {@code references-1-title},
 * and {@code $} (the whole form) is {@link #FORM}. The summary links to the element whose id is the field
 * name, unless {@link #linking} says otherwise; a problem about the whole form is not linked.
 *
 * <p>Serializable because a refused form can travel to the next page as a flash attribute, which lives
 * in the (database-stored) session.
 *
 * @param fields field name → its message, the first problem of each field
 * @param summary one entry per field, in the order of the problems (or {@link #inOrder})
 */
public record FormErrors(Map<String, String> fields, List<Entry> summary) implements Serializable {

	/** The field name of problems about the whole form rather than one of its fields. */
	public static final String FORM = "form";

	/**
	 * One line of the summary.
	 *
	 * @param target the id of the element it links to, or null for none
	 */
	public record Entry(String field, String text, String target) implements Serializable {
	}

	public FormErrors {
		fields = Map.copyOf(fields);
		summary = List.copyOf(summary);
	}

	public static FormErrors none() {
		return new FormErrors(Map.of(), List.of());
	}

	public static FormErrors of(List<Problem> problems, MessageSource messages, Locale locale) {
		return of(problems, messages, locale, null);
	}

	/**
	 * @param labels the message key prefix of the form's field labels ({@code plan.item.field.}), so the
	 *     summary can name the field ("Kode: …"); null, or a field without a label, gives the message alone
	 */
	public static FormErrors of(List<Problem> problems, MessageSource messages, Locale locale, String labels) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<Entry> summary = new ArrayList<>();
		for (Problem problem : problems) {
			String field = field(problem.path());
			String text = messages.getMessage(problem.code(), Dates.readable(problem.args().toArray(), locale), problem.code(),
					locale);
			if (fields.putIfAbsent(field, text) != null) {
				continue;
			}
			String label = labels == null ? null : messages.getMessage(labels + field, null, null, locale);
			summary.add(new Entry(field, label == null ? text : label + ": " + text, FORM.equals(field) ? null : field));
		}
		return new FormErrors(fields, summary);
	}

	/** The form field a problem path points at. */
	public static String field(String path) {
		if (path == null || path.equals("$") || path.isBlank()) {
			return FORM;
		}
		return path.replaceFirst("^\\$\\.", "")
			.replaceFirst("\\[\\d+]$", "")
			.replaceAll("\\[(\\d+)]\\.", "-$1-")
			.replace('.', '-');
	}

	/** The same problems with the summary in the order of the form's fields; fields not named keep their order, last. */
	public FormErrors inOrder(List<String> order) {
		Comparator<Entry> byField = Comparator.comparingInt(entry -> {
			int at = order.indexOf(entry.field());
			return at < 0 ? order.size() : at;
		});
		return new FormErrors(fields, summary.stream().sorted(byField).toList());
	}

	/**
	 * The same problems with the summary linking to other ids: where one page holds many such forms, so
	 * that ids carry a prefix or number, or where a field is a group that is reached through its first
	 * choice. {@code ids} is given every field name, {@link #FORM} included, and answers the id to link
	 * to, or null for no link.
	 */
	public FormErrors linking(UnaryOperator<String> ids) {
		return new FormErrors(fields,
				summary.stream().map(entry -> new Entry(entry.field(), entry.text(), ids.apply(entry.field()))).toList());
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

	public int size() {
		return summary.size();
	}

	/** The message to show beside the field, or null. */
	public String get(String field) {
		return fields.get(field);
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	/** The value of the field's {@code aria-invalid}: "true", or null (no attribute). */
	public String invalid(String field) {
		return has(field) ? "true" : null;
	}

	/**
	 * The value of {@code aria-describedby} for the control {@code id} of {@code field}: its hint
	 * ({@code id-hint}) if it has one, then its message ({@code id-error}) if it has one; null for neither.
	 */
	public String describedBy(String field, String id, boolean hint) {
		String described = ((hint ? id + "-hint " : "") + (has(field) ? id + "-error" : "")).strip();
		return described.isEmpty() ? null : described;
	}
}
