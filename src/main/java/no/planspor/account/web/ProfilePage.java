package no.planspor.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.account.internal.Account;
import no.planspor.account.internal.Profile;
import no.planspor.account.internal.UserDirectory;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/** "Min profil": every signed-in user's own name, e-mail, role, units, parties and password. */
@Controller
@RequestMapping("/account")
class ProfilePage {

	/** The values in the profile form. */
	record Details(String displayName, String email, int version) {

		static Details of(Account account) {
			return new Details(account.displayName(), account.email(), account.version());
		}
	}

	private final Profile profile;

	private final UserDirectory directory;

	ProfilePage(Profile profile, UserDirectory directory) {
		this.profile = profile;
		this.directory = directory;
	}

	@GetMapping
	String page(Model model) {
		Account mine = profile.mine();
		return page(model, mine, Details.of(mine));
	}

	@PostMapping
	String update(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "-1") int version, FormPost post) {
		Details typed = new Details(displayName, email, version);
		return post.write(() -> profile.update(displayName, email, version))
			.whenInvalid("detailErrors", () -> page(post.model(), profile.mine(), typed))
			.whenConflict(stale -> {
				Account stored = (Account) stale.current();
				List<ConflictRow> rows = new ArrayList<>();
				ConflictRow.addIfDifferent(rows, post.text("users.field.displayName"), stored.displayName(), displayName);
				ConflictRow.addIfDifferent(rows, post.text("users.field.email"), stored.email(), email);
				post.model().addAttribute("conflict", rows);
				return page(post.model(), stored, Details.of(stored));
			})
			.answer(() -> post.redirect("/account", "profile.saved"));
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			FormPost post) {
		return post.write(() -> profile.changePassword(currentPassword, newPassword, repeatPassword))
			.whenInvalid("passwordErrors", () -> {
				Account mine = profile.mine();
				return page(post.model(), mine, Details.of(mine));
			})
			.answer(() -> post.redirect("/account", "profile.password.done"));
	}

	private String page(Model model, Account account, Details details) {
		model.addAttribute("account", account);
		model.addAttribute("details", details);
		Set<Long> granted = directory.unitIdsOf(account.id());
		model.addAttribute("units", directory.units().stream().filter(unit -> granted.contains(unit.id())).toList());
		model.addAttribute("memberships", directory.memberships(account.id()));
		for (String errors : List.of("detailErrors", "passwordErrors")) {
			if (!model.containsAttribute(errors)) {
				model.addAttribute(errors, FormErrors.none());
			}
		}
		return "account/profile";
	}
}
