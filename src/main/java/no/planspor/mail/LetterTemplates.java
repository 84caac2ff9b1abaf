package no.planspor.mail;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a letter from two templates beside each other: {@code <name>.html} (HTML mode) and
 * {@code <name>.txt} (TEXT mode), under {@code src/main/resources/no/planspor/} like every page
 * template (e.g. "round/mail/asked"), with the message bundles in the given locale. The model gets a
 * variable {@code links} (this same bean) for absolute addresses, and a variable {@code dates} (the
 * pages' {@code @dates}, writing in the letter's language: {@code ${dates.day(due)}}; text templates
 * cannot call beans with {@code @}). In text templates write {@code [(${…})]} and {@code [(#{…})]}:
 * {@code [[…]]} would escape for HTML there too.
 */
public interface LetterTemplates {

	Letter write(String toAddress, String toName, Locale locale, String subject, String template,
			Map<String, Object> model, String purpose);

	/**
	 * The absolute address of a path in Planspor ("/plans/x/items/y" →
	 * "https://planspor.example/plans/x/items/y"), from PLANSPOR_BASE_URL. The path is used as it is
	 * (already encoded); an address that is already absolute comes back unchanged.
	 */
	String link(String path);

	/**
	 * The absolute address of a path template with its variables filled in and encoded, as
	 * {@code @{/plans/{plan}/items/{item}(plan=…, item=…)}} does in a page:
	 * {@code linkTo("/plans/{plan}/items/{item}", "krn", "T1.1 a)")} →
	 * "https://planspor.example/plans/krn/items/T1.1%20a)".
	 */
	String linkTo(String pathTemplate, Object... variables);
}
