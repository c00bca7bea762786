package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API description is served without a key and names every endpoint. */
class OpenApiTest extends ChannelTestSupport {

  @Test
  void theOpenApiDocumentDescribesEveryEndpointWithoutAuthentication() throws Exception {
    HttpResponse<String> docs = send(request("/v3/api-docs").GET().build());

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = json(docs).get("paths");
    assertThat(paths.propertyNames()).contains(
        "/api/v1/requests",
        "/api/v1/cases/{caseNumber}",
        "/api/v1/cases/{caseNumber}/replies",
        "/api/v1/agent/cases/{caseNumber}/responses",
        "/api/v1/agent/cases/{caseNumber}/priority",
        "/api/v1/agent/cases/{caseNumber}/hold",
        "/api/v1/agent/cases/{caseNumber}/resume",
        "/api/v1/agent/cases/{caseNumber}/resolve",
        "/api/v1/agent/cases/{caseNumber}/close",
        "/api/v1/inbound-mail",
        "/api/v1/alerts",
        "/api/v1/phone/{tenantId}/events",
        "/api/v1/phone/{tenantId}/calls",
        "/api/v1/phone/{tenantId}/twilio",
        "/api/v1/agent/incidents",
        "/api/v1/agent/incidents/{incidentId}",
        "/api/v1/agent/incidents/{incidentId}/cases",
        "/api/v1/agent/incidents/{incidentId}/cases/{caseNumber}",
        "/api/v1/agent/incidents/{incidentId}/updates",
        "/api/v1/agent/incidents/{incidentId}/status",
        "/api/v1/agent/incidents/{incidentId}/resolve",
        "/api/v1/agent/incident-rules");
    assertThat(json(docs).get("components").get("securitySchemes").has("apiKey")).isTrue();
  }

  @Test
  void theSwaggerUiIsReachableWithoutAKey() throws Exception {
    HttpResponse<String> ui = send(request("/swagger-ui/index.html").GET().build());

    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
