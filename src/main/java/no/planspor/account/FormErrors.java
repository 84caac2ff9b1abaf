package no.planspor.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import no.planspor.shared.Problem;

/** A form's problems in the reader's language, one per field, in the order of the form. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> none() {
		return Collections.emptyMap();
	}

	static Map<String, String> of(List<Problem> problems, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Problem problem : problems) {
			errors.putIfAbsent(problem.path(),
					messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale));
		}
		return errors;
	}
}
