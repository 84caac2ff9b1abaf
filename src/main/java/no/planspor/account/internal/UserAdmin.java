package no.planspor.account.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.CurrentUser;
import no.planspor.account.Organisation.Party;
import no.planspor.account.Organisation.Unit;
import no.planspor.account.Permissions;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.audit.AuditLog;
import no.planspor.audit.AuditValue;
import no.planspor.audit.Change;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * An administrator's changes to accounts, unit grants and party memberships. Each method checks
 * that the caller is an administrator, validates everything before writing, and records what it
 * changed (old → new) in the audit log in the same transaction.
 */
@Service
public class UserAdmin {

	/** How the audit log names the kinds of things this module changes. */
	public static final String USER = "USER";

	public static final String MEMBERSHIP = "PARTY_MEMBER";

	private final JdbcClient db;

	private final UserDirectory directory;

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final Permissions permissions;

	private final AuditLog audit;

	UserAdmin(JdbcClient db, UserDirectory directory, UserAccounts accounts, PasswordEncoder passwords,
			Permissions permissions, AuditLog audit) {
		this.db = db;
		this.directory = directory;
		this.accounts = accounts;
		this.passwords = passwords;
		this.permissions = permissions;
		this.audit = audit;
	}

	/**
	 * A new account as typed. {@code password} null (the API, which takes none) means no password: the
	 * person signs in once an administrator sets one; blank is a missing password, as the form sends it.
	 * {@code language} blank means bokmål.
	 */
	public record NewUser(String username, String displayName, String email, String role, String language,
			String password) {
	}

	@Transactional
	public long create(NewUser input) {
		permissions.requireAdmin();
		List<Problem> problems = new ArrayList<>();
		String username = AccountRules.username(input.username(), problems);
		String displayName = AccountRules.displayName(input.displayName(), problems);
		String email = AccountRules.email(input.email(), problems);
		Role role = AccountRules.role(input.role(), problems);
		String language = AccountRules.language(input.language(), problems);
		String password = input.password() == null ? null
				: AccountRules.password(input.password(), "password", problems);
		if (problems.stream().noneMatch(p -> p.path().equals("username")) && accounts.exists(username)) {
			problems.add(Problem.of("username", "account.username.taken", username));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id;
		try {
			id = accounts.create(username, password, displayName, email, role, language);
		}
		catch (DuplicateKeyException raced) {
			throw InvalidInput.of("username", "account.username.taken", username);
		}
		Account created = new Account(id, username, displayName, email, role, language, true, 0);
		audit.record(new Change("CREATED", USER, id, null, null, created.label(), null, null,
				AuditValue.of(AccountAuditWords.ACCOUNT, role, email, language).text()));
		return id;
	}

	/**
	 * Saves new details if {@code version} is still the stored one; otherwise refuses with a
	 * {@link Conflict} that carries the stored {@link Account}, and nothing is written.
	 * {@code languageInput} null keeps the stored language.
	 */
	@Transactional
	public Account update(long id, String displayNameInput, String emailInput, String roleInput,
			String languageInput, boolean enabled, int version) {
		CurrentUser actor = permissions.current();
		permissions.requireAdmin();
		Account stored = directory.lock(id).orElseThrow(() -> new NotFound("account.not-found", id));
		List<Problem> problems = new ArrayList<>();
		String displayName = AccountRules.displayName(displayNameInput, problems);
		String email = AccountRules.email(emailInput, problems);
		Role role = AccountRules.role(roleInput, problems);
		String language = languageInput == null ? stored.language() : AccountRules.language(languageInput, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (stored.version() != version) {
			throw Conflict.staleVersion(stored);
		}
		Account changed = stored.withDetails(displayName, email, role, language, enabled, actor.id());
		int newVersion = db.sql("""
				update app_user set display_name = :name, email = :email, role = :role, language = :language,
				                    enabled = :enabled, version = version + 1
				where id = :id and version = :version
				returning version
				""")
			.param("name", changed.displayName())
			.param("email", changed.email())
			.param("role", changed.role().name())
			.param("language", changed.language())
			.param("enabled", changed.enabled())
			.param("id", id)
			.param("version", version)
			.query(Integer.class)
			.single();
		audit.record(List.of(
				Change.updated(USER, id, null, null, stored.label(), "displayName", stored.displayName(),
						changed.displayName()),
				Change.updated(USER, id, null, null, stored.label(), "email", stored.email(), changed.email()),
				Change.updated(USER, id, null, null, stored.label(), "role",
						AuditValue.of(AccountAuditWords.ROLE, stored.role()), AuditValue.of(AccountAuditWords.ROLE, changed.role())),
				Change.updated(USER, id, null, null, stored.label(), "language",
						AuditValue.of(AccountAuditWords.LANGUAGE, stored.language()),
						AuditValue.of(AccountAuditWords.LANGUAGE, changed.language())),
				Change.updated(USER, id, null, null, stored.label(), "enabled",
						AuditValue.of(AccountAuditWords.ENABLED, stored.enabled()),
						AuditValue.of(AccountAuditWords.ENABLED, changed.enabled()))));
		return new Account(id, stored.username(), changed.displayName(), changed.email(), changed.role(),
				changed.language(), changed.enabled(), newVersion);
	}

	/** Sets a new password and, unless it is the administrator's own, ends the user's sessions. */
	@Transactional
	public void resetPassword(long id, String password) {
		CurrentUser actor = permissions.current();
		permissions.requireAdmin();
		Account stored = directory.lock(id).orElseThrow(() -> new NotFound("account.not-found", id));
		List<Problem> problems = new ArrayList<>();
		AccountRules.password(password, "newPassword", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		db.sql("update app_user set password_hash = :hash where id = :id")
			.param("hash", passwords.encode(password))
			.param("id", id)
			.update();
		if (actor.id() != id) {
			db.sql("delete from spring_session where principal_name = :username")
				.param("username", stored.username())
				.update();
		}
		audit.record(new Change("PASSWORD_RESET", USER, id, null, null, stored.label(), null, null, null));
	}

	/** The units whose plans the user edits (while an EDITOR): exactly these, replacing the earlier choice. */
	@Transactional
	public void setUnits(long id, Collection<Long> unitIds) {
		replaceUnits(id, unitIds, "units", directory::unitIdsOf,
				"delete from user_unit where user_id = :user and unit_id = :unit",
				"insert into user_unit (user_id, unit_id) values (:user, :unit)");
	}

	/**
	 * The units the user leads (whatever their role): they adopt those units' plans and review results,
	 * or send them back. Exactly these, replacing the earlier choice; audited as the unit grants are.
	 */
	@Transactional
	public void setLeads(long id, Collection<Long> unitIds) {
		replaceUnits(id, unitIds, "leads", directory::ledUnitIdsOf,
				"delete from unit_leader where user_id = :user and unit_id = :unit",
				"insert into unit_leader (user_id, unit_id) values (:user, :unit)");
	}

	/** Makes the user's units of one kind (granted, led) exactly {@code unitIds}, audited as {@code field} old → new. */
	private void replaceUnits(long id, Collection<Long> unitIds, String field,
			java.util.function.LongFunction<Set<Long>> current, String delete, String insert) {
		permissions.requireAdmin();
		Account stored = directory.lock(id).orElseThrow(() -> new NotFound("account.not-found", id));
		Map<Long, Unit> units = directory.units()
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		Set<Long> wanted = Set.copyOf(unitIds);
		if (!units.keySet().containsAll(wanted)) {
			throw InvalidInput.of(field, "account.units.unknown");
		}
		Set<Long> before = current.apply(id);
		for (Long unit : before) {
			if (!wanted.contains(unit)) {
				db.sql(delete).param("user", id).param("unit", unit).update();
			}
		}
		for (Long unit : wanted) {
			if (!before.contains(unit)) {
				db.sql(insert).param("user", id).param("unit", unit).update();
			}
		}
		audit.record(Change.updated(USER, id, null, null, stored.label(), field, codes(before, units),
				codes(wanted, units)));
	}

	/**
	 * Lets the user stand for {@code partyCode} in {@code scope}: {@code unit:<id>} for every plan of a
	 * unit, {@code plan:<id>} for one plan. The code must be one of the parties there.
	 */
	@Transactional
	public long addMembership(long id, String scope, String partyCode) {
		permissions.requireAdmin();
		Account stored = directory.lock(id).orElseThrow(() -> new NotFound("account.not-found", id));
		Scope where = Scope.parse(scope);
		if (where == null || !where.exists(directory)) {
			throw InvalidInput.of("scope", "account.membership.scope");
		}
		List<Problem> problems = new ArrayList<>();
		String code = party(where.parties(directory), partyCode, "partyCode", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long membership;
		try {
			membership = db.sql("""
					insert into party_member (user_id, party_code, unit_id, plan_id)
					values (:user, :code, :unit, :plan)
					on conflict do nothing
					returning id
					""")
				.param("user", id)
				.param("code", code)
				.param("unit", where.unitId())
				.param("plan", where.planId())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> InvalidInput.of("partyCode", "account.membership.exists", code));
		}
		catch (DuplicateKeyException raced) {
			throw InvalidInput.of("partyCode", "account.membership.exists", code);
		}
		audit.record(new Change("CREATED", MEMBERSHIP, membership, where.planId(), null, stored.label(), "party",
				null, directory.membershipSummary(membership).orElse(code)));
		return membership;
	}

	@Transactional
	public void removeMembership(long id, long membershipId) {
		permissions.requireAdmin();
		Account stored = directory.lock(id).orElseThrow(() -> new NotFound("account.not-found", id));
		String summary = directory.membershipSummary(membershipId)
			.orElseThrow(() -> new NotFound("account.membership.not-found"));
		Long planId = db.sql("select plan_id from party_member where id = :id and user_id = :user")
			.param("id", membershipId)
			.param("user", id)
			.query((rs, n) -> (Long) rs.getObject("plan_id"))
			.optional()
			.orElse(null);
		int removed = db.sql("delete from party_member where id = :id and user_id = :user")
			.param("id", membershipId)
			.param("user", id)
			.update();
		if (removed == 0) {
			throw new NotFound("account.membership.not-found");
		}
		audit.record(new Change("DELETED", MEMBERSHIP, membershipId, planId, null, stored.label(), "party", summary,
				null));
	}

	/**
	 * The one rule for the party a membership names: a code of one of the parties where it applies
	 * ({@code parties}). Answers the cleaned code, or null with the problem at {@code path}.
	 */
	static String party(List<Party> parties, String partyCode, String path, List<Problem> problems) {
		String code = partyCode == null ? "" : partyCode.strip();
		if (code.isEmpty()) {
			problems.add(Problem.of(path, "account.membership.party-missing"));
			return null;
		}
		if (parties.stream().noneMatch(p -> p.code().equals(code))) {
			problems.add(Problem.of(path, "account.membership.party-unknown", code));
			return null;
		}
		return code;
	}

	private static String codes(Set<Long> ids, Map<Long, Unit> units) {
		Set<String> codes = new TreeSet<>();
		for (Long id : ids) {
			Unit unit = units.get(id);
			codes.add(unit == null ? String.valueOf(id) : unit.code());
		}
		return codes.isEmpty() ? null : String.join(", ", codes);
	}

	/** Where a membership applies, as the form sends it: {@code unit:12} or {@code plan:7}. */
	public record Scope(Long unitId, Long planId) {

		public static Scope parse(String text) {
			if (text == null) {
				return null;
			}
			String[] parts = text.strip().split(":", 2);
			if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
				return null;
			}
			long id = Long.parseLong(parts[1]);
			return switch (parts[0]) {
				case "unit" -> new Scope(id, null);
				case "plan" -> new Scope(null, id);
				default -> null;
			};
		}

		public String value() {
			return unitId != null ? "unit:" + unitId : "plan:" + planId;
		}

		public boolean exists(UserDirectory directory) {
			return unitId != null ? directory.units().stream().anyMatch(u -> u.id() == unitId)
					: directory.plans().stream().anyMatch(p -> p.id() == planId);
		}

		public List<Party> parties(UserDirectory directory) {
			return unitId != null ? directory.partiesOfUnit(unitId) : directory.partiesOfPlan(planId);
		}
	}
}
