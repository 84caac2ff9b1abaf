package no.planspor.account.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import no.planspor.account.Role;
import no.planspor.account.SystemIdentity;
import no.planspor.shared.Problem;

/**
 * What a username, name, e-mail address and password must look like. Each check adds its problem
 * (under the form field's name) and answers the cleaned value, so that a form reports every
 * problem at once.
 */
public final class AccountRules {

	static final int USERNAME_MIN = 3;

	public static final int USERNAME_MAX = 60;

	static final int NAME_MAX = 200;

	static final int EMAIL_MAX = 320;

	static final int PASSWORD_MIN = 12;

	/** BCrypt reads no further than 72 bytes; a longer password would be silently cut. */
	static final int PASSWORD_MAX_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

	// Deliberately loose: one @, something before it, a dot in the domain, no spaces. The mail server is the real judge.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private AccountRules() {
	}

	/** Usernames are compared as typed, so they are kept in lower case. */
	static String username(String raw, List<Problem> problems) {
		String username = trim(raw).toLowerCase(Locale.ROOT);
		if (username.isEmpty()) {
			problems.add(Problem.of("username", "account.username.missing"));
		}
		else if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
			problems.add(Problem.of("username", "account.username.length", USERNAME_MIN, USERNAME_MAX));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(Problem.of("username", "account.username.pattern"));
		}
		else if (SystemIdentity.NAME.equals(username)) {
			problems.add(Problem.of("username", "account.username.reserved", username));
		}
		return username;
	}

	static String displayName(String raw, List<Problem> problems) {
		String name = trim(raw);
		if (name.isEmpty()) {
			problems.add(Problem.of("displayName", "account.name.missing"));
		}
		else if (name.length() > NAME_MAX) {
			problems.add(Problem.of("displayName", "account.name.length", NAME_MAX));
		}
		return name;
	}

	/** E-mail is optional (the first administrator has none); when given it must look like one. */
	static String email(String raw, List<Problem> problems) {
		String email = trim(raw);
		if (email.isEmpty()) {
			return null;
		}
		if (email.length() > EMAIL_MAX) {
			problems.add(Problem.of("email", "account.email.length", EMAIL_MAX));
		}
		else if (!EMAIL.matcher(email).matches()) {
			problems.add(Problem.of("email", "account.email.shape"));
		}
		return email;
	}

	static Role role(String raw, List<Problem> problems) {
		String name = trim(raw);
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		problems.add(Problem.of("role", name.isEmpty() ? "account.role.missing" : "account.role.unknown"));
		return null;
	}

	/** The languages Planspor writes in, bokmål first: what a person's letters are written in. */
	public static final List<String> LANGUAGES = List.of("nb", "en");

	/** The language Planspor writes to a person in: bokmål unless one of the others is chosen. */
	static String language(String raw, List<Problem> problems) {
		String language = trim(raw).toLowerCase(Locale.ROOT);
		if (language.isEmpty()) {
			return LANGUAGES.get(0);
		}
		if (!LANGUAGES.contains(language)) {
			problems.add(Problem.of("language", "account.language.unknown", trim(raw), String.join(", ", LANGUAGES)));
		}
		return language;
	}

	/** Spaces count: a passphrase may have them, and cutting them would change what the user typed. */
	static String password(String raw, String field, List<Problem> problems) {
		String password = raw == null ? "" : raw;
		if (password.isBlank()) {
			problems.add(Problem.of(field, "account.password.missing"));
		}
		else if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
			problems.add(Problem.of(field, "account.password.short", PASSWORD_MIN));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			problems.add(Problem.of(field, "account.password.long", PASSWORD_MAX_BYTES));
		}
		return password;
	}

	private static String trim(String raw) {
		return raw == null ? "" : raw.strip();
	}
}
