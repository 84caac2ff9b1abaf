package no.planspor.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the generated OpenAPI description (at /api/openapi, readable at /api/docs) says about itself. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI plansporApi() {
		return new OpenAPI()
			.info(new Info().title("Planspor API")
				.version("1")
				.description("Research action plans: the plan exchange format planspor-plan/1, items, status updates "
						+ "and indicator measurements. Sign in with HTTP Basic. Errors are RFC 9457 problem details "
						+ "with a `problems` list of `{path, code, message}`. See docs/api.md."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
