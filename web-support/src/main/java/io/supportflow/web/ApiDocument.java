package io.supportflow.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The published description of a service's API at /v3/api-docs (UI at /swagger-ui.html): every
 * service's is version v1 and asks for the kit's X-API-Key header, so only title and description differ.
 */
public final class ApiDocument {

  /** The name of the API-key scheme, for a service that describes it further. */
  public static final String API_KEY = "apiKey";

  private ApiDocument() {}

  public static OpenAPI keyProtected(String title, String description) {
    return new OpenAPI()
        .info(new Info().title(title).version("v1").description(description))
        .components(new Components().addSecuritySchemes(API_KEY,
            new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyAuthenticationFilter.HEADER)))
        .addSecurityItem(new SecurityRequirement().addList(API_KEY));
  }
}
