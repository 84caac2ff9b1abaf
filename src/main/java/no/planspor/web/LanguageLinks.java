package no.planspor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch links back to the page the reader is on, with its filters, in the other
 * language. Set as a request attribute so that every view, error pages included, has it.
 */
class LanguageLinks implements HandlerInterceptor {

	public record Links(String nb, String en) {
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI();
		String query = request.getQueryString();
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (original != null) {
			path = original.toString();
			query = null;
		}
		request.setAttribute("languageLinks", new Links(link(path, query, "nb"), link(path, query, "en")));
		return true;
	}

	private static String link(String path, String query, String language) {
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}
}
