package no.planspor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Which part of the header's navigation the page belongs to ("plans", "mine", "admin"), so that the
 * layout marks that link as the current one. A request attribute, like the language links.
 */
class NavigationSection implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute("navSection", of(request.getRequestURI().substring(request.getContextPath().length())));
		return true;
	}

	static String of(String path) {
		if (path.equals("/mine") || path.startsWith("/mine/")) {
			return "mine";
		}
		if (path.equals("/admin") || path.startsWith("/admin/")) {
			return "admin";
		}
		if (path.equals("/") || path.startsWith("/plans")) {
			return "plans";
		}
		return null;
	}
}
