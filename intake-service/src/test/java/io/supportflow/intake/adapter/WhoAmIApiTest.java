package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The console's sign-in asks intake who holds a key; intake answers with the key kit's own lookup. */
class WhoAmIApiTest extends ChannelTestSupport {

  private static final String TENANT = "whoamitest";

  @BeforeEach
  void keys() {
    tenant(TENANT, "WHO").customer("northwind").agent("olaf");
  }

  @Test
  void anAgentKeyIsNamedWithItsTenantAndRole() throws Exception {
    JsonNode me = json(get("/api/v1/whoami", key(TENANT, "olaf")));

    assertThat(me.get("tenantId").asString()).isEqualTo(TENANT);
    assertThat(me.get("tenantName").asString()).isEqualTo(TENANT + " Support");
    assertThat(me.get("role").asString()).isEqualTo("AGENT");
    assertThat(me.get("subject").asString()).isEqualTo("olaf");
    assertThat(me.get("displayName").asString()).isEqualTo("olaf");
  }

  @Test
  void aCustomerKeyIsNamedAfterItsCustomer() throws Exception {
    JsonNode me = json(get("/api/v1/whoami", key(TENANT, "northwind")));

    assertThat(me.get("role").asString()).isEqualTo("CUSTOMER");
    assertThat(me.get("subject").asString()).isEqualTo("northwind");
  }

  @Test
  void anIntegrationKeyIsTheTenantItself() throws Exception {
    JsonNode me = json(get("/api/v1/whoami", key(TENANT, "integration")));

    assertThat(me.get("role").asString()).isEqualTo("INTEGRATION");
    assertThat(me.get("subject").asString()).isEqualTo(TENANT);
  }

  @Test
  void anUnknownKeyIsRefusedAsUnauthenticated() throws Exception {
    HttpResponse<String> answer = get("/api/v1/whoami", "no-such-key-0123456789abcdefghijkl");

    assertProblem(answer, 401);
  }
}
