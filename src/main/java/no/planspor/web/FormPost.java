package no.planspor.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

import no.planspor.shared.Problem;

/**
 * A form as posted to a page controller, and the one way to answer it. A controller method takes it as
 * a parameter (in place of {@code Model}, {@code Locale}, {@code RedirectAttributes} and
 * {@code HttpServletResponse}) and says what to write and how to answer each outcome:
 *
 * <pre>{@code
 * return post.write(() -> profile.update(displayName, email, version))
 *     .whenInvalid("detailErrors", () -> page(post.model(), profile.mine(), typed))
 *     .whenConflict(stale -> conflictPage(post, (Account) stale.current(), typed))
 *     .answer(saved -> post.redirect("/account", "profile.saved"));
 * }</pre>
 *
 * The refused form comes back with status 400 and its problems as a {@link FormErrors} in the reader's
 * language; a stale or clashing write with status 409; a redirect never carries either status. The
 * parts are in {@link FormWrite}. {@link FormPostResolver} makes one per request.
 */
public final class FormPost {

	private final Model model;

	private final Locale locale;

	private final MessageSource messages;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	FormPost(Model model, Locale locale, MessageSource messages, HttpServletRequest request,
			HttpServletResponse response) {
		this.model = model;
		this.locale = locale;
		this.messages = messages;
		this.request = request;
		this.response = response;
	}

	/** The write to try: a service call that may refuse with InvalidInput or Conflict. */
	public <T> FormWrite<T> write(Supplier<T> write) {
		return new FormWrite<>(this, write);
	}

	/** The same for a write that answers nothing. */
	public FormWrite<Void> write(Runnable write) {
		return new FormWrite<>(this, () -> {
			write.run();
			return null;
		});
	}

	/** The model of the page being answered: the one a {@code Model} parameter would be. */
	public Model model() {
		return model;
	}

	public Locale locale() {
		return locale;
	}

	/** What htmx says about the request; {@link HtmxRequest#isHtmxRequest()} is false for a plain form post. */
	public HtmxRequest htmx() {
		return HtmxRequest.fromRequest(request);
	}

	public boolean isHtmx() {
		return htmx().isHtmxRequest();
	}

	/** A text from the message bundles in the reader's language (the key itself if there is none). */
	public String text(String code, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}

	/** The problems in the reader's language, for the fragments of {@code web/form.html}. */
	public FormErrors errors(List<Problem> problems, String labels) {
		return FormErrors.of(problems, messages, locale, labels);
	}

	/** Goes to {@code path} (post/redirect/get). */
	public String redirect(String path) {
		return "redirect:" + path;
	}

	/** Goes to {@code path}, which then shows the notice {@code code} (a message key) once. */
	public String redirect(String path, String code, Object... args) {
		flash("notice", text(code, args));
		return redirect(path);
	}

	/** An attribute for the page after the redirect only, as {@code RedirectAttributes.addFlashAttribute} gives it. */
	public FormPost flash(String name, Object value) {
		RequestContextUtils.getOutputFlashMap(request).put(name, value);
		return this;
	}

	/**
	 * Answers with {@code view} and {@code status}: a page or fragment shown again. A redirect keeps its
	 * own status (a 302 with a 400 would be neither).
	 */
	String render(HttpStatus status, String view) {
		if (view == null || !view.startsWith("redirect:")) {
			response.setStatus(status.value());
		}
		return view;
	}
}
