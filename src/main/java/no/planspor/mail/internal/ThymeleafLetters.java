package no.planspor.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.mail.Letter;
import no.planspor.mail.LetterTemplates;
import no.planspor.web.Dates;

/**
 * Letters from Thymeleaf templates: the HTML part in HTML mode, the text part in TEXT mode, both with
 * the application's message bundles. Its own template engine, not a bean: a second
 * {@code SpringTemplateEngine} bean would make Spring Boot drop the one the pages use.
 */
@Component
class ThymeleafLetters implements LetterTemplates {

	private static final String PREFIX = "no/planspor/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final ApplicationContext context;

	private final Dates dates;

	private final String baseUrl;

	ThymeleafLetters(MessageSource messages, ApplicationContext context, Dates dates,
			@Value("${planspor.base-url:http://localhost:8080}") String baseUrl) {
		this.context = context;
		this.dates = dates;
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		engine.setTemplateEngineMessageSource(messages);
		engine.setEnableSpringELCompiler(true);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafLetters.class.getClassLoader());
		resolver.setPrefix(PREFIX);
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	@Override
	public Letter write(String toAddress, String toName, Locale locale, String subject, String template,
			Map<String, Object> model, String purpose) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("links", this);
		// Text templates may not call beans (@dates): Thymeleaf evaluates their expressions restricted.
		variables.put("dates", dates);
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		Context letter = new Context(locale, variables);
		// @dates and whatever else reads the current locale writes in the letter's language, not the
		// language of the request (if any) that caused the letter.
		LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			String html = engine.process(template + ".html", letter);
			String text = engine.process(template + ".txt", letter);
			return new Letter(toAddress, toName, subject, text, html, purpose);
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

	@Override
	public String link(String path) {
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	@Override
	public String linkTo(String pathTemplate, Object... variables) {
		return link(UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand(variables).encode().toUriString());
	}
}
