package no.planspor.account.security;

import java.io.IOException;

import no.planspor.account.internal.AccountRules;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A failed sign-in goes back to the form as before ({@code /login?error}), but with the user name the
 * person typed, so that only the password needs typing again. The name travels as a flash attribute
 * (once, to the sign-in page) rather than in the address, where it would end up in logs and history.
 */
class KeepUsernameOnFailure extends SimpleUrlAuthenticationFailureHandler {

	/** The model attribute the sign-in page reads. */
	static final String USERNAME = "username";

	private final SessionFlashMapManager flashes = new SessionFlashMapManager();

	KeepUsernameOnFailure() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter(USERNAME);
		// Longer is no user name of ours: the session should not carry whatever a client sends.
		if (username != null && !username.isBlank() && username.length() <= AccountRules.USERNAME_MAX) {
			FlashMap flash = new FlashMap();
			flash.put(USERNAME, username);
			flash.setTargetRequestPath(request.getContextPath() + "/login");
			flashes.saveOutputFlashMap(flash, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}
}
