package no.planspor.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

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

	private final MessageSource messages;

	ProfilePage(Profile profile, UserDirectory directory, MessageSource messages) {
		this.profile = profile;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		Account mine = profile.mine();
		return page(model, mine, Details.of(mine));
	}

	@PostMapping
	String update(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "-1") int version, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Details typed = new Details(displayName, email, version);
		try {
			profile.update(displayName, email, version);
			redirect.addFlashAttribute("notice", text("profile.saved", locale));
			return "redirect:/account";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("detailErrors", FormErrors.of(ex.problems(), messages, locale));
			return page(model, profile.mine(), typed);
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Account stored = (Account) ex.current();
			List<ConflictRow> rows = new ArrayList<>();
			ConflictRow.addIfDifferent(rows, text("users.field.displayName", locale), stored.displayName(), displayName);
			ConflictRow.addIfDifferent(rows, text("users.field.email", locale), stored.email(), email);
			model.addAttribute("conflict", rows);
			return page(model, stored, Details.of(stored));
		}
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			profile.changePassword(currentPassword, newPassword, repeatPassword);
			redirect.addFlashAttribute("notice", text("profile.password.done", locale));
			return "redirect:/account";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("passwordErrors", FormErrors.of(ex.problems(), messages, locale));
			Account mine = profile.mine();
			return page(model, mine, Details.of(mine));
		}
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

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
