package no.planspor.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Norwegian bokmål unless the reader chose English ({@code ?lang=en}, remembered in a cookie) or
 * their browser prefers English over any Norwegian. Only the two languages we have text for are
 * ever resolved, so {@code <html lang>} always tells the truth.
 */
class LanguageResolver implements LocaleResolver {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	static final Locale ENGLISH = Locale.ENGLISH;

	static final String COOKIE = "planspor-lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = fromCookie(request);
		return chosen != null ? chosen : fromBrowser(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale supported = supported(locale);
		if (supported == null) {
			return;
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, supported.getLanguage())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		request.setAttribute(COOKIE, supported);
	}

	private static Locale fromCookie(HttpServletRequest request) {
		if (request.getAttribute(COOKIE) instanceof Locale justChosen) {
			return justChosen;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return supported(Locale.forLanguageTag(cookie.getValue()));
			}
		}
		return null;
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return BOKMAL;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Locale supported = supported(Locale.forLanguageTag(range.getRange()));
				if (supported != null) {
					return supported;
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			return BOKMAL;
		}
		return BOKMAL;
	}

	/** nb, no and nn read bokmål; en reads English; anything else is not ours to answer in. */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		String language = locale.getLanguage();
		if (List.of("nb", "no", "nn").contains(language)) {
			return BOKMAL;
		}
		if ("en".equals(language)) {
			return ENGLISH;
		}
		return null;
	}
}
