package no.planspor.mail.web;

import java.util.Arrays;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.mail.internal.LetterSender;
import no.planspor.mail.internal.LetterState;
import no.planspor.mail.internal.OutboxTable;
import no.planspor.mail.internal.StoredLetter;
import no.planspor.shared.NotFound;
import no.planspor.web.FormPost;

/**
 * The administrators' outbox: every letter, newest first, filtered by state; each letter readable (the
 * HTML part in a sandboxed frame, never in the page itself, and the text part); "send again" for a
 * failed or a sent letter.
 */
@Controller
@RequestMapping("/admin/mail")
@PreAuthorize("hasRole('ADMIN')")
class OutboxPages {

	/** The most letters the list shows; the caption says how many there are in all. */
	static final int LONGEST_LIST = 200;

	private final OutboxTable outbox;

	private final LetterSender sender;

	OutboxPages(OutboxTable outbox, LetterSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping
	String list(@RequestParam(required = false) String state, Model model) {
		LetterState chosen = Arrays.stream(LetterState.values())
			.filter(s -> s.name().equalsIgnoreCase(state))
			.findFirst()
			.orElse(null);
		Map<LetterState, Integer> counts = outbox.counts();
		int total = chosen == null ? counts.values().stream().mapToInt(Integer::intValue).sum()
				: counts.getOrDefault(chosen, 0);
		model.addAttribute("letters", outbox.newest(chosen, LONGEST_LIST));
		model.addAttribute("state", chosen);
		model.addAttribute("states", LetterState.values());
		model.addAttribute("counts", counts);
		model.addAttribute("all", counts.values().stream().mapToInt(Integer::intValue).sum());
		model.addAttribute("total", total);
		model.addAttribute("configured", sender.configured());
		return "mail/outbox";
	}

	@GetMapping("/{id}")
	String letter(@PathVariable long id, Model model) {
		model.addAttribute("letter", find(id));
		model.addAttribute("configured", sender.configured());
		return "mail/letter";
	}

	@PostMapping("/{id}/send-again")
	String sendAgain(@PathVariable long id, FormPost post) {
		find(id);
		return outbox.sendAgain(id)
			.map(waiting -> post.redirect("/admin/mail/" + waiting, "mail.send-again.done"))
			.orElseGet(() -> post.redirect("/admin/mail/" + id, "mail.send-again.gone"));
	}

	private StoredLetter find(long id) {
		return outbox.find(id).orElseThrow(() -> new NotFound("mail.not-found", id));
	}
}
