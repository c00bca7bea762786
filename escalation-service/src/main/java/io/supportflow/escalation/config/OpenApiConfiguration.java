package io.supportflow.escalation.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published description of the escalation API at /v3/api-docs (UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI escalationApi() {
    return new OpenAPI()
        .info(new Info().title("SupportFlow Escalation API").version("v1")
            .description("The manager escalation walk of a case: levels reached and levels ahead."))
        .components(new Components().addSecuritySchemes("apiKey",
            new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
