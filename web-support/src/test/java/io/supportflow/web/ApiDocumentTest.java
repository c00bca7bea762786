package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class ApiDocumentTest {

  @Test
  void theDescriptionNamesTheServiceAndAsksForTheKitsKeyHeader() {
    OpenAPI api = ApiDocument.keyProtected("SupportFlow Test API", "What it does.");

    assertThat(api.getInfo().getTitle()).isEqualTo("SupportFlow Test API");
    assertThat(api.getInfo().getDescription()).isEqualTo("What it does.");
    assertThat(api.getInfo().getVersion()).isEqualTo("v1");
    SecurityScheme key = api.getComponents().getSecuritySchemes().get(ApiDocument.API_KEY);
    assertThat(key.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(key.getName()).isEqualTo("X-API-Key");
    assertThat(api.getSecurity()).singleElement().satisfies(r -> assertThat(r).containsKey(ApiDocument.API_KEY));
  }
}
