package no.planspor.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;

/**
 * Failures in page controllers become a page in the layout (or, for an htmx request, a small
 * fragment that the page shows in place) with a plain explanation and the right status.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final ProblemDetails problems;

	PageErrors(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ModelAndView notFound(NotFound ex, HtmxRequest htmx, Locale locale) {
		return page(htmx, HttpStatus.NOT_FOUND, problems.text(ex.code(), ex.args(), locale));
	}

	@ExceptionHandler
	ModelAndView noRoute(NoResourceFoundException ex, HtmxRequest htmx, Locale locale) {
		return page(htmx, HttpStatus.NOT_FOUND, problems.text("error.not-found", new Object[0], locale));
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInput ex, HtmxRequest htmx, Locale locale) {
		ModelAndView page = page(htmx, HttpStatus.BAD_REQUEST,
				problems.text("error.invalid.detail", new Object[] { ex.problems().size() }, locale));
		page.addObject("problems", ex.problems().stream().map(p -> problems.describe(p, locale)).toList());
		return page;
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HtmxRequest htmx, Locale locale) {
		return page(htmx, HttpStatus.BAD_REQUEST,
				problems.text("error.parameter.invalid", new Object[] { ex.getName() }, locale));
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HtmxRequest htmx, Locale locale) {
		return page(htmx, HttpStatus.CONTENT_TOO_LARGE,
				problems.text("error.upload.too-large", new Object[0], locale));
	}

	@ExceptionHandler
	ModelAndView conflict(Conflict ex, HtmxRequest htmx, Locale locale) {
		return page(htmx, HttpStatus.CONFLICT, problems.text(ex.code(), ex.args(), locale));
	}

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException ex, HtmxRequest htmx, Locale locale) {
		return page(htmx, HttpStatus.FORBIDDEN, problems.text("error.forbidden", new Object[0], locale));
	}

	@ExceptionHandler
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HtmxRequest htmx, Locale locale) {
		log.error("Unexpected error on {}", request.getRequestURI(), ex);
		return page(htmx, HttpStatus.INTERNAL_SERVER_ERROR,
				problems.text("error.unexpected", new Object[0], locale));
	}

	static ModelAndView page(HtmxRequest htmx, HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView(htmx.isHtmxRequest() ? "web/error :: message" : "web/error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}
}
