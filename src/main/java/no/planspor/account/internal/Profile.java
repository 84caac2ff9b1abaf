package no.planspor.account.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/** What every signed-in user may change about themselves: name, e-mail and password. */
@Service
public class Profile {

	private final JdbcClient db;

	private final UserDirectory directory;

	private final PasswordEncoder passwords;

	private final Permissions permissions;

	private final AuditLog audit;

	Profile(JdbcClient db, UserDirectory directory, PasswordEncoder passwords, Permissions permissions,
			AuditLog audit) {
		this.db = db;
		this.directory = directory;
		this.passwords = passwords;
		this.permissions = permissions;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Account mine() {
		return directory.find(me()).orElseThrow(() -> new AccessDeniedException("No account"));
	}

	/** Saves name and e-mail if {@code version} is still the stored one, else a {@link Conflict} with the stored account. */
	@Transactional
	public Account update(String displayNameInput, String emailInput, int version) {
		long id = me();
		Account stored = directory.lock(id).orElseThrow(() -> new AccessDeniedException("No account"));
		List<Problem> problems = new ArrayList<>();
		String displayName = AccountRules.displayName(displayNameInput, problems);
		String email = AccountRules.email(emailInput, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (stored.version() != version) {
			throw Conflict.staleVersion(stored);
		}
		int newVersion = db.sql("""
				update app_user set display_name = :name, email = :email, version = version + 1
				where id = :id and version = :version
				returning version
				""")
			.param("name", displayName)
			.param("email", email)
			.param("id", id)
			.param("version", version)
			.query(Integer.class)
			.single();
		audit.record(List.of(
				Change.updated(UserAdmin.USER, id, null, null, stored.label(), "displayName", stored.displayName(),
						displayName),
				Change.updated(UserAdmin.USER, id, null, null, stored.label(), "email", stored.email(), email)));
		return new Account(id, stored.username(), displayName, email, stored.role(), stored.language(), stored.enabled(),
				newVersion);
	}

	/** A new password, only with the current one: a session left open on a shared computer must not be enough. */
	@Transactional
	public void changePassword(String currentPassword, String newPassword, String repeatPassword) {
		long id = me();
		Account stored = directory.lock(id).orElseThrow(() -> new AccessDeniedException("No account"));
		String hash = db.sql("select password_hash from app_user where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		List<Problem> problems = new ArrayList<>();
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add(Problem.of("currentPassword", "account.password.current-missing"));
		}
		else if (hash == null || !passwords.matches(currentPassword, hash)) {
			problems.add(Problem.of("currentPassword", "account.password.current-wrong"));
		}
		AccountRules.password(newPassword, "newPassword", problems);
		if (newPassword != null && !newPassword.equals(repeatPassword)) {
			problems.add(Problem.of("repeatPassword", "account.password.repeat"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		db.sql("update app_user set password_hash = :hash where id = :id")
			.param("hash", passwords.encode(newPassword))
			.param("id", id)
			.update();
		audit.record(new Change("PASSWORD_CHANGED", UserAdmin.USER, id, null, null, stored.label(), null, null,
				null));
	}

	private long me() {
		CurrentUser user = permissions.current();
		if (user.isSystem()) {
			throw new AccessDeniedException("The application has no profile");
		}
		return user.id();
	}
}
