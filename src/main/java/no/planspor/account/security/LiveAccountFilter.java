package no.planspor.account.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.account.SignedInUser;
import no.planspor.account.internal.CurrentUsers;

/**
 * A session remembers who signed in, not what they may do: on every request the account is read
 * again, so that an administrator's change bites at once. A disabled (or deleted) account's session
 * ends; a changed role or name replaces the session's principal, so URL rules, {@code @PreAuthorize}
 * and the layout all see the role the database has now. What was read is handed to
 * {@link Permissions} for the rest of the request.
 */
class LiveAccountFilter extends OncePerRequestFilter {

	private static final String[] STATIC = { "/css/", "/js/", "/img/", "/webjars/", "/favicon." };

	private final CurrentUsers users;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	LiveAccountFilter(CurrentUsers users) {
		this.users = users;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : STATIC) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			Optional<CurrentUser> now = users.load(signedIn.getId());
			if (now.isEmpty()) {
				signOut(request);
			}
			else {
				Authentication current = refreshed(authentication, signedIn, now.get(), request, response);
				CurrentUsers.remember(new ServletRequestAttributes(request, response), current, now);
			}
		}
		chain.doFilter(request, response);
	}

	private Authentication refreshed(Authentication authentication, SignedInUser signedIn, CurrentUser now,
			HttpServletRequest request, HttpServletResponse response) {
		if (signedIn.getRole() == now.role() && signedIn.getDisplayName().equals(now.displayName())) {
			return authentication;
		}
		SignedInUser principal = SignedInUser.of(now);
		UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		replaced.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(replaced);
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
		return replaced;
	}

	private static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}
}
