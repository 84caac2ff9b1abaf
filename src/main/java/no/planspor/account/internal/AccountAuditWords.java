package no.planspor.account.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.planspor.audit.AuditValue;
import no.planspor.audit.AuditValueWords;

/**
 * Puts the account module's recorded values in the reader's words: a role ("Bidragsyter"), whether
 * an account is active, and a new account's role with its e-mail address.
 */
@Component
class AccountAuditWords implements AuditValueWords {

	/** [role] */
	static final String ROLE = "role";

	/** [true or false] */
	static final String ENABLED = "enabled";

	/** [role, e-mail or null, language] (the language since it was kept: older entries have two parts) */
	static final String ACCOUNT = "account";

	/** [nb or en] */
	static final String LANGUAGE = "language";

	private static final String ROLES = "(ADMIN|EDITOR|CONTRIBUTOR|READER)";

	private static final Pattern OLD_ACCOUNT = Pattern.compile(ROLES + "(?:, (.+))?");

	private final MessageSource messages;

	AccountAuditWords(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ROLE, ENABLED, ACCOUNT, LANGUAGE);
	}

	@Override
	public String words(AuditValue value, Locale locale) {
		return switch (value.kind()) {
			case ROLE -> role(value.part(0), locale);
			case ENABLED -> enabled(value.part(0), locale);
			case LANGUAGE -> language(value.part(0), locale);
			default -> account(value.part(0), value.part(1), value.parts().size() > 2 ? value.part(2) : null, locale);
		};
	}

	@Override
	public Optional<String> oldText(String entityType, String field, String text, Locale locale) {
		if (!UserAdmin.USER.equals(entityType)) {
			return Optional.empty();
		}
		if ("role".equals(field) && text.matches(ROLES)) {
			return Optional.of(role(text, locale));
		}
		if ("enabled".equals(field) && (text.equals("true") || text.equals("false"))) {
			return Optional.of(enabled(text, locale));
		}
		Matcher m = OLD_ACCOUNT.matcher(text);
		if (field == null && m.matches()) {
			return Optional.of(account(m.group(1), m.group(2), null, locale));
		}
		return Optional.empty();
	}

	private String role(String role, Locale locale) {
		return messages.getMessage("role." + role, null, String.valueOf(role), locale);
	}

	private String enabled(String enabled, Locale locale) {
		return messages.getMessage("account.audit.enabled." + enabled, null, String.valueOf(enabled), locale);
	}

	private String language(String language, Locale locale) {
		return messages.getMessage("language." + language, null, String.valueOf(language), locale);
	}

	private String account(String role, String email, String language, Locale locale) {
		String account = email == null ? role(role, locale)
				: messages.getMessage("account.audit.account", new Object[] { role(role, locale), email }, locale);
		return language == null ? account
				: messages.getMessage("account.audit.account", new Object[] { account, language(language, locale) }, locale);
	}
}
