package no.planspor.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import no.planspor.shared.Problem;

/**
 * Builds RFC 9457 problem details in the reader's language. Every API error has this one shape:
 * {@code type}, {@code title}, {@code status}, {@code detail}, and where input was wrong a
 * {@code problems} list of {@code {path, code, message}}.
 */
@Component
public class ProblemDetails {

	private final MessageSource messages;

	ProblemDetails(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatus status, String detailCode, Object[] args, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://planspor.no/problems/" + slug(status)));
		problem.setTitle(text("error.title." + status.value(), new Object[0], locale));
		problem.setDetail(text(detailCode, args, locale));
		return problem;
	}

	public ProblemDetail invalid(List<Problem> problems, Locale locale) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "error.invalid.detail", new Object[] { problems.size() },
				locale);
		problem.setProperty("problems", problems.stream().map(p -> describe(p, locale)).toList());
		return problem;
	}

	public Map<String, Object> describe(Problem problem, Locale locale) {
		return Map.of("path", problem.path(), "code", problem.code(), "message", message(problem, locale));
	}

	public String message(Problem problem, Locale locale) {
		return text(problem.code(), problem.args().toArray(), locale);
	}

	String text(String code, Object[] args, Locale locale) {
		return messages.getMessage(code, Dates.readable(args, locale), code, locale);
	}

	private static String slug(HttpStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
