package no.planspor.account.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import no.planspor.account.internal.CurrentUsers;

/**
 * Every page and API call needs a signed-in user. People sign in with a form and a session (kept in
 * the database); systems call {@code /api/**} with HTTP Basic and no session. Refusals go to
 * {@code /error}, which answers in the caller's format (page or problem detail). A session's
 * account is read again on every request ({@link LiveAccountFilter}): a disabled user is signed out
 * and a changed role applies at once; HTTP Basic reads the account on every call anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String REALM = "Planspor";

	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		// An account made without a password (over the API) has none stored: no password matches it,
		// rather than the sign-in failing with an error.
		encoder.setDefaultPasswordEncoderForMatches(new NoPassword());
		return encoder;
	}

	/** What an account without a stored password is checked against: nothing matches. */
	private static final class NoPassword implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("Passwords are encoded with the default encoder");
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return false;
		}
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher(apiCalls())
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName(REALM))
			// Stateless and without cookies, so there is no session for a forged request to ride on.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, CurrentUsers users) throws Exception {
		// Before the anonymous fallback, so that a session whose account was disabled continues as nobody.
		http.addFilterBefore(new LiveAccountFilter(users), AnonymousAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/actuator/health", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/favicon.svg")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new KeepUsernameOnFailure()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
								+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** The API, but not its human-readable documentation, which is a page like any other. */
	private static RequestMatcher apiCalls() {
		return request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") && !path.startsWith("/api/docs") && !path.startsWith("/api/openapi")
					&& !path.startsWith("/api/swagger-ui");
		};
	}
}
