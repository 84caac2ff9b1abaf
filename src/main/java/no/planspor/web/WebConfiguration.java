package no.planspor.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FormPostResolver formPosts;

	WebConfiguration(FormPostResolver formPosts) {
		this.formPosts = formPosts;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/**
	 * The webjars locator turns on Spring's resource chain, and with it a filter that runs every link a
	 * page writes through the static-resource resolvers to find a versioned URL. Planspor serves no
	 * versioned URLs, and the lookup (a class path search per link, a thousand links on a big plan
	 * table) cost more than the rest of the page. Version-less webjar paths still resolve when a
	 * browser asks for them; only this rewriting is switched off.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(new LanguageLinks());
		registry.addInterceptor(new NavigationSection());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(formPosts);
	}
}
