package io.supportflow.intake.config;

import io.supportflow.web.ApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (UI at /swagger-ui.html), open without a key. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  /** The web kit's description, plus the same key as a Bearer token for Alertmanager. */
  @Bean
  OpenAPI intakeOpenApi() {
    OpenAPI api = ApiDocument.keyProtected("SupportFlow intake-service",
        "The front door: portal requests, customer replies, agent actions, raw inbound mail, "
            + "Alertmanager alerts and signed phone webhooks. Every error is application/problem+json.");
    api.getComponents().getSecuritySchemes().get(ApiDocument.API_KEY)
        .description("Integration, customer or agent key of one tenant");
    return api
        .schemaRequirement("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
            .description("The same key as a Bearer token (Alertmanager's http_config)"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
