package no.planspor.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import no.planspor.shared.Problem;

/** Says where in a JSON body reading failed, as a JSON path. */
final class JsonReadProblems {

	private JsonReadProblems() {
	}

	static Problem from(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return Problem.of(path(unknown), "error.json.unknown-field", unknown.getPropertyName());
		}
		if (cause instanceof DatabindException binding) {
			return Problem.of(path(binding), "error.json.wrong-type");
		}
		if (cause instanceof JacksonException malformed && malformed.getLocation() != null) {
			return Problem.of("$", "error.json.malformed", malformed.getLocation().getLineNr(),
					malformed.getLocation().getColumnNr());
		}
		return Problem.of("$", "error.body.invalid");
	}

	static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder("$");
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append('.').append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
