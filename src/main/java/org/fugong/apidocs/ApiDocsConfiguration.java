package org.fugong.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's head; the operations are completed by {@link ErrorAnswers},
 * {@link ModuleTags}, {@link AllowedRoles} and {@link EnumLabels}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI fugongOpenApi() {
		return new OpenAPI().info(new Info().title("复工复产服务平台 API (Fugong)")
			.version("v1")
			.description("""
					The integration interface of the work-resumption service platform. Within `/api/v1` only \
					additions are made (new operations, new optional fields, new enum values in answers); \
					anything else gets `/api/v2`. Errors are `application/problem+json` (`ProblemDetail`) \
					in the caller's language (`Accept-Language`: zh-CN by default, en). Authentication: \
					HTTP Basic or the signed-in browser session (with the `X-CSRF-TOKEN` header on writes); \
					gate devices send their device token.""")
			.contact(new Contact().name("Fugong platform operators").email("ops@fugong.invalid"))
			.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")));
	}

}
