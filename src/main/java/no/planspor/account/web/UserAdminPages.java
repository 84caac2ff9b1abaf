package no.planspor.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.account.Organisation.Plan;
import no.planspor.account.Organisation.Unit;
import no.planspor.account.Permissions;
import no.planspor.account.Role;
import no.planspor.account.internal.Account;
import no.planspor.account.internal.AccountRules;
import no.planspor.account.internal.UserAdmin;
import no.planspor.account.internal.UserAdmin.NewUser;
import no.planspor.account.internal.UserAdmin.Scope;
import no.planspor.account.internal.UserDirectory;
import no.planspor.shared.NotFound;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/** The administrator's user pages: the list, a new user, and one user's details, units and parties. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminPages {

	/** The values in the details form: what is stored, or what the administrator typed. */
	record Details(String displayName, String email, String role, String language, boolean enabled, int version) {

		static Details of(Account account) {
			return new Details(account.displayName(), account.email(), account.role().name(), account.language(),
					account.enabled(), account.version());
		}
	}

	private final UserAdmin admin;

	private final UserDirectory directory;

	private final Permissions permissions;

	private final MessageSource messages;

	UserAdminPages(UserAdmin admin, UserDirectory directory, Permissions permissions, MessageSource messages) {
		this.admin = admin;
		this.directory = directory;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", directory.list());
		return "account/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return newUserPage(model, new NewUser("", "", "", Role.READER.name(), AccountRules.LANGUAGES.get(0), ""),
				FormErrors.none());
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String language,
			@RequestParam(defaultValue = "") String password, FormPost post) {
		NewUser input = new NewUser(username, displayName, email, role, language, password);
		// The password is never sent back to the browser.
		NewUser typed = new NewUser(username, displayName, email, role, language, "");
		return post.write(() -> admin.create(input))
			.whenInvalid(errors -> newUserPage(post.model(), typed, errors))
			.answer(id -> post.redirect("/admin/users/" + id, "users.created", displayName.strip()));
	}

	@GetMapping("/{id}")
	String user(@PathVariable long id, @RequestParam(required = false) String scope, Model model) {
		Account account = find(id);
		return userPage(model, account, Details.of(account), scope);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(defaultValue = "-1") int version, FormPost post) {
		Details typed = new Details(displayName, email, role, language, enabled, version);
		return post.write(() -> admin.update(id, displayName, email, role, language, enabled, version))
			.whenInvalid("detailErrors", () -> userPage(post.model(), find(id), typed, null))
			.whenConflict(stale -> {
				// The form now holds the newer values (and version); what the administrator typed is shown beside them.
				Account stored = (Account) stale.current();
				post.model().addAttribute("conflict", conflictRows(Details.of(stored), typed, post.locale()));
				return userPage(post.model(), stored, Details.of(stored), null);
			})
			.answer(saved -> post.redirect("/admin/users/" + id, "users.saved", saved.displayName()));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String newPassword,
			FormPost post) {
		return post.write(() -> admin.resetPassword(id, newPassword))
			.whenInvalid("passwordErrors", () -> {
				Account account = find(id);
				return userPage(post.model(), account, Details.of(account), null);
			})
			.answer(() -> post.redirect("/admin/users/" + id, "users.password.done", find(id).displayName()));
	}

	@PostMapping("/{id}/units")
	String units(@PathVariable long id, @RequestParam(name = "unit", required = false) List<Long> units,
			Locale locale, RedirectAttributes redirect) {
		admin.setUnits(id, units == null ? List.of() : units);
		redirect.addFlashAttribute("notice", text("users.units.done", locale, find(id).displayName()));
		return "redirect:/admin/users/" + id + "#units";
	}

	@PostMapping("/{id}/leads")
	String leads(@PathVariable long id, @RequestParam(name = "unit", required = false) List<Long> units,
			Locale locale, RedirectAttributes redirect) {
		admin.setLeads(id, units == null ? List.of() : units);
		redirect.addFlashAttribute("notice", text("users.leads.done", locale, find(id).displayName()));
		return "redirect:/admin/users/" + id + "#leads";
	}

	@PostMapping("/{id}/memberships")
	String addMembership(@PathVariable long id, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "") String partyCode,
			FormPost post) {
		return post.write(() -> admin.addMembership(id, scope, partyCode))
			.whenInvalid("memberErrors", () -> {
				post.model().addAttribute("partyCode", partyCode);
				Account account = find(id);
				return userPage(post.model(), account, Details.of(account), scope);
			})
			.answer(() -> post.redirect("/admin/users/" + id + "?scope=" + scope + "#memberships",
					"users.membership.added", partyCode.strip()));
	}

	@PostMapping("/{id}/memberships/{membershipId}/delete")
	String removeMembership(@PathVariable long id, @PathVariable long membershipId, Locale locale,
			RedirectAttributes redirect) {
		admin.removeMembership(id, membershipId);
		redirect.addFlashAttribute("notice", text("users.membership.removed", locale));
		return "redirect:/admin/users/" + id + "#memberships";
	}

	/** The party choices for a scope, when the administrator picks another unit or plan (htmx). */
	@GetMapping("/{id}/parties")
	String parties(@PathVariable long id, @RequestParam(defaultValue = "") String scope, Model model) {
		find(id);
		addScope(model, scope);
		model.addAttribute("memberErrors", FormErrors.none());
		return "account/user :: party-field";
	}

	private String newUserPage(Model model, NewUser form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", AccountRules.LANGUAGES);
		return "account/user-new";
	}

	private String userPage(Model model, Account account, Details details, String scope) {
		model.addAttribute("account", account);
		model.addAttribute("details", details);
		model.addAttribute("self", permissions.current().id() == account.id());
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", AccountRules.LANGUAGES);
		model.addAttribute("units", directory.units());
		model.addAttribute("grantedUnits", directory.unitIdsOf(account.id()));
		model.addAttribute("ledUnits", directory.ledUnitIdsOf(account.id()));
		model.addAttribute("memberships", directory.memberships(account.id()));
		for (String errors : List.of("detailErrors", "passwordErrors", "memberErrors")) {
			if (!model.containsAttribute(errors)) {
				model.addAttribute(errors, FormErrors.none());
			}
		}
		addScope(model, scope);
		return "account/user";
	}

	/** The unit or plan chosen for a new membership (the first unit unless one is chosen) and its parties. */
	private void addScope(Model model, String requested) {
		List<Unit> units = directory.units();
		List<Plan> plans = directory.plans();
		Scope scope = Scope.parse(requested);
		if (scope == null || !scope.exists(directory)) {
			scope = units.isEmpty() ? null : new Scope(units.get(0).id(), null);
		}
		model.addAttribute("scopeUnits", units);
		model.addAttribute("scopePlans", plans);
		model.addAttribute("scope", scope == null ? "" : scope.value());
		model.addAttribute("parties", scope == null ? List.of() : scope.parties(directory));
	}

	private List<ConflictRow> conflictRows(Details stored, Details typed, Locale locale) {
		List<ConflictRow> rows = new ArrayList<>();
		ConflictRow.addIfDifferent(rows, text("users.field.displayName", locale), stored.displayName(), typed.displayName());
		ConflictRow.addIfDifferent(rows, text("users.field.email", locale), stored.email(), typed.email());
		ConflictRow.addIfDifferent(rows, text("users.field.role", locale), roleName(stored.role(), locale),
				roleName(typed.role(), locale));
		ConflictRow.addIfDifferent(rows, text("users.field.language", locale),
				text("language." + stored.language(), locale), text("language." + typed.language(), locale));
		ConflictRow.addIfDifferent(rows, text("users.field.enabled", locale), yesOrNo(stored.enabled(), locale),
				yesOrNo(typed.enabled(), locale));
		return rows;
	}

	/** The role's name, or what was sent if it names no role. */
	private String roleName(String role, Locale locale) {
		return messages.getMessage("role." + role, null, role, locale);
	}

	private String yesOrNo(boolean yes, Locale locale) {
		return text(yes ? "users.yes" : "users.no", locale);
	}

	private Account find(long id) {
		return directory.find(id).orElseThrow(() -> new NotFound("account.not-found", id));
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
