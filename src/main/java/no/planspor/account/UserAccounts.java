package no.planspor.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The local user accounts. */
@Service
public class UserAccounts implements UserDetailsService {

	private final JdbcClient db;

	private final PasswordEncoder passwords;

	UserAccounts(JdbcClient db, PasswordEncoder passwords) {
		this.db = db;
		this.passwords = passwords;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	public Optional<SignedInUser> find(String username) {
		return db.sql("""
				select id, username, password_hash, display_name, role, enabled
				from app_user where username = :username
				""")
			.param("username", username)
			.query((rs, n) -> new SignedInUser(rs.getLong("id"), rs.getString("username"),
					rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
					rs.getBoolean("enabled")))
			.optional();
	}

	/** The display names of those of {@code usernames} that have an account, in one statement for them all. */
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		db.sql("select username, display_name from app_user where username in (:names)")
			.param("names", usernames)
			.query(rs -> {
				names.put(rs.getString("username"), rs.getString("display_name"));
			});
		return names;
	}

	/** The usernames of those of {@code ids} that still have an account, in one statement for them all. */
	@Transactional(readOnly = true)
	public Map<Long, String> usernames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		db.sql("select id, username from app_user where id in (:ids)").param("ids", ids).query(rs -> {
			names.put(rs.getLong("id"), rs.getString("username"));
		});
		return names;
	}

	public boolean exists(String username) {
		return db.sql("select count(*) from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public long create(String username, String rawPassword, String displayName, String email, Role role) {
		return create(username, rawPassword, displayName, email, role, "nb");
	}

	/**
	 * A new account writing to its person in {@code language} ("nb" or "en"). Without a password
	 * ({@code rawPassword} null) nobody signs in as it until an administrator sets one.
	 */
	@Transactional
	public long create(String username, String rawPassword, String displayName, String email, Role role,
			String language) {
		return db.sql("""
				insert into app_user (username, password_hash, display_name, email, role, language)
				values (:username, :hash, :displayName, :email, :role, :language)
				returning id
				""")
			.param("username", username)
			.param("hash", rawPassword == null ? null : passwords.encode(rawPassword))
			.param("displayName", displayName)
			.param("email", email)
			.param("role", role.name())
			.param("language", language)
			.query(Long.class)
			.single();
	}
}
