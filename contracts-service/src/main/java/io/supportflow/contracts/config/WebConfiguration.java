package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.web.ApiKeyAuthenticationFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.yaml.JacksonYamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** JSON and YAML bodies in the one policy format, and the OpenAPI description of the admin API. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    builder.withJsonConverter(new JacksonJsonHttpMessageConverter(PolicyFormat.jsonBuilder()))
        .withYamlConverter(new JacksonYamlHttpMessageConverter(PolicyFormat.yamlBuilder()));
  }

  @Bean
  OpenAPI contractsOpenApi() {
    String scheme = "adminApiKey";
    return new OpenAPI()
        .info(new Info()
            .title("SupportFlow contracts-service admin API")
            .version("v1")
            .description("A tenant's customers, contracts, products, calendars and settings, and its whole"
                + " policy as one JSON or YAML document. Every call needs the tenant's admin key in "
                + ApiKeyAuthenticationFilter.HEADER + "; errors are RFC 9457 problem+json."))
        .components(new Components().addSecuritySchemes(scheme, new SecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name(ApiKeyAuthenticationFilter.HEADER)))
        .addSecurityItem(new SecurityRequirement().addList(scheme));
  }
}
