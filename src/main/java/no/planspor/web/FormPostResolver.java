package no.planspor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives a controller method its {@link FormPost}: the request's model (the same one a {@code Model}
 * parameter gets), language and response.
 */
@Component
class FormPostResolver implements HandlerMethodArgumentResolver {

	private final MessageSource messages;

	FormPostResolver(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == FormPost.class;
	}

	@Override
	public FormPost resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binders) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
		// The container's model is the one a Model parameter gets (a BindingAwareModelMap, which is a Model).
		Model model = container != null && container.getModel() instanceof Model shared ? shared : new ExtendedModelMap();
		return new FormPost(model, RequestContextUtils.getLocale(request), messages, request, response);
	}
}
