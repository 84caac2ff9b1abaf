package no.planspor.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/** Turns every failure of an API call into a problem detail; no stack trace leaves the server. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final ProblemDetails problems;

	ApiErrors(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInput ex, Locale locale) {
		return problems.invalid(ex.problems(), locale);
	}

	@ExceptionHandler
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		List<Problem> found = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Problem.of("$." + error.getField(), "error.field.invalid",
					String.valueOf(error.getDefaultMessage())))
			.toList();
		return problems.invalid(found.isEmpty() ? List.of(Problem.of("$", "error.body.invalid")) : found, locale);
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return problems.invalid(List.of(JsonReadProblems.from(ex)), locale);
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return problems.invalid(List.of(Problem.of(ex.getName(), "error.parameter.invalid", ex.getName())), locale);
	}

	@ExceptionHandler
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex, Locale locale) {
		return problems.of(HttpStatus.CONTENT_TOO_LARGE, "error.upload.too-large", new Object[0], locale);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFound ex, Locale locale) {
		return problems.of(HttpStatus.NOT_FOUND, ex.code(), ex.args(), locale);
	}

	@ExceptionHandler
	ProblemDetail noRoute(NoResourceFoundException ex, Locale locale) {
		return problems.of(HttpStatus.NOT_FOUND, "error.not-found", new Object[0], locale);
	}

	@ExceptionHandler
	ProblemDetail conflict(Conflict ex, Locale locale) {
		ProblemDetail problem = problems.of(HttpStatus.CONFLICT, ex.code(), ex.args(), locale);
		if (ex.current() != null) {
			problem.setProperty("current", ex.current());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex, Locale locale) {
		return problems.of(HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], locale);
	}

	@ExceptionHandler
	ProblemDetail method(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "error.method", new Object[] { ex.getMethod() }, locale);
	}

	@ExceptionHandler
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type", new Object[0], locale);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex, Locale locale) {
		log.error("Unexpected error in API call", ex);
		return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0], locale);
	}
}
