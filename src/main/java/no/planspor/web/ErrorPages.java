package no.planspor.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that happen outside our controllers (an unknown address, a refused sign-in, a filter)
 * end here: a problem detail for the API, a page in the layout for people.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ProblemDetails problems;

	private final JsonMapper json;

	ErrorPages(ProblemDetails problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HtmxRequest htmx, Locale locale) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			// A browser that asks the API for HTML still gets the API's answer.
			ProblemDetail problem = problem(request, status, locale);
			View asJson = (model, req, res) -> {
				res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				json.writeValue(res.getOutputStream(), problem);
			};
			ModelAndView answer = new ModelAndView(asJson);
			answer.setStatus(status);
			return answer;
		}
		return PageErrors.page(htmx, status, problems.text(detailCode(status), new Object[0], locale));
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, status, locale));
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status, Locale locale) {
		ProblemDetail problem = problems.of(status, detailCode(status), new Object[0], locale);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static String detailCode(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.not-found";
			case FORBIDDEN -> "error.forbidden";
			case UNAUTHORIZED -> "error.unauthorized";
			case BAD_REQUEST -> "error.body.invalid";
			case CONTENT_TOO_LARGE -> "error.upload.too-large";
			default -> status.is4xxClientError() ? "error.client" : "error.unexpected";
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
