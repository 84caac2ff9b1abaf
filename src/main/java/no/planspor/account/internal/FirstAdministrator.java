package no.planspor.account.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import no.planspor.account.Role;
import no.planspor.account.UserAccounts;

/**
 * On the first start there is nobody to sign in as: create {@code admin}, with the password from
 * {@code PLANSPOR_ADMIN_PASSWORD}, or a random one that is printed to the log this once. Done
 * before the web server opens, so nobody meets an application that has no administrator yet.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccounts accounts;

	private final String configuredPassword;

	FirstAdministrator(UserAccounts accounts, @Value("${planspor.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	void run() {
		if (accounts.exists(USERNAME)) {
			return;
		}
		boolean random = configuredPassword == null || configuredPassword.isBlank();
		String password = random ? randomPassword() : configuredPassword;
		accounts.create(USERNAME, password, "Administrator", null, Role.ADMIN);
		if (random) {
			log.warn("""

					************************************************************
					Created the administrator '{}' with the password: {}
					It is shown only this once. Set PLANSPOR_ADMIN_PASSWORD before
					the first start to choose it yourself.
					************************************************************""", USERNAME, password);
		}
		else {
			log.info("Created the administrator '{}' with the password from PLANSPOR_ADMIN_PASSWORD", USERNAME);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
