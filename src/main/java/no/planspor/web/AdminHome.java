package no.planspor.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's starting point: one card per administrative task. */
@Controller
class AdminHome {

	@GetMapping("/admin")
	@PreAuthorize("hasRole('ADMIN')")
	String page() {
		return "web/admin";
	}
}
