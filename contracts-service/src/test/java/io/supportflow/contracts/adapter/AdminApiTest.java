package io.supportflow.contracts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.SupportPlan;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.web.KeyDigest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The admin API over real HTTP, storing in the Mongo wire server, publishing to the real broker. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"supportflow.mongodb.database=contracts-api-test", "supportflow.admin.max-body-size=64KB"})
@OnTestStack
class AdminApiTest {

  private static final String ACME_KEY = "acme-admin-key-0123456789abcdefghijkl";
  private static final String GLOBEX_KEY = "globex-admin-key-0123456789abcdefghijkl";
  private static final String JSON = "application/json";
  private static final String YAML = "application/yaml";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @DynamicPropertySource
  static void ownSettings(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests",
        () -> "acme:admin:" + KeyDigest.of(ACME_KEY) + ",globex:admin:" + KeyDigest.of(GLOBEX_KEY));
  }

  @LocalServerPort int port;
  @Autowired MongoTenantPolicies policies;
  @Autowired EditPolicy editPolicy;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void twoTenantsEachWithItsOwnKey() {
    for (String tenant : List.of("acme", "globex")) {
      TenantPolicy base = basePolicy(tenant);
      policies.createIfAbsent(base);
      editPolicy.replaceAll(tenant, base);
    }
  }

  @Test
  void withoutAKeyTheAnswerIs401ProblemJson() throws Exception {
    HttpResponse<String> response = send("GET", "/api/v1/admin/tenants/acme/policy", null, null, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\":401").contains("X-API-Key");
    assertThat(send("GET", "/api/v1/admin/tenants/acme/policy", "wrong-key", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aKeySeesOnlyItsOwnTenant() throws Exception {
    HttpResponse<String> foreign = send("GET", "/api/v1/admin/tenants/acme/customers", GLOBEX_KEY, null, null);
    HttpResponse<String> own = send("GET", "/api/v1/admin/tenants/globex/customers", GLOBEX_KEY, null, null);

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(contentType(foreign)).startsWith("application/problem+json");
    assertThat(foreign.body()).doesNotContain("northwind");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("\"customerId\":\"northwind\"");
    assertThat(send("DELETE", "/api/v1/admin/tenants/acme/contracts/northwind-24x7", GLOBEX_KEY, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/admin/tenants/acme/contracts/northwind-24x7", ACME_KEY, null, null).statusCode())
        .as("the other tenant's delete changed nothing").isEqualTo(200);
  }

  @Test
  void theWholePolicyIsImportedAsYamlAndExportedAsYamlOrJson() throws Exception {
    String yaml = """
        tenant:
          tenantId: acme
          name: ACME Support
          zone: Europe/Amsterdam
        calendars:
          - calendarId: cet-9x5
            zone: Europe/Amsterdam
            weeklyHours:
              - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "08:00", to: "17:00"}
            publicHolidays: {country: nl}
        customers:
          - customerId: contoso
            name: Contoso
            emailDomains: [contoso.example]
            contacts:
              - {name: Ada Admin, email: admin@contoso.example, role: ADMINISTRATOR}
        contracts:
          - contractId: contoso-team
            customerId: contoso
            startsOn: 2026-01-01
            endsOn: 2026-12-31
            plan:
              planName: tiered-business-hours
              tier: Team
              calendarId: cet-9x5
              channels: [{channel: PORTAL}]
              targets:
                - {priority: P1, metric: FIRST_RESPONSE, amount: 2, unit: BUSINESS_HOURS}
        """;

    HttpResponse<String> imported = send("PUT", "/api/v1/admin/tenants/acme/policy", ACME_KEY, YAML, yaml, YAML);
    HttpResponse<String> asJson = send("GET", "/api/v1/admin/tenants/acme/policy", ACME_KEY, null, null, JSON);
    HttpResponse<String> asYaml = send("GET", "/api/v1/admin/tenants/acme/policy", ACME_KEY, null, null, YAML);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.headers().firstValue("ETag")).isPresent();
    assertThat(contentType(asJson)).startsWith(JSON);
    assertThat(asJson.body()).contains("\"contractId\":\"contoso-team\"").doesNotContain("northwind");
    assertThat(contentType(asYaml)).startsWith(YAML);
    assertThat(asYaml.body()).contains("customerId: contoso").contains("unit: BUSINESS_HOURS");
    assertThat(policies.find("acme").orElseThrow().policy().contract("contoso-team")).isPresent();
  }

  @Test
  void theDeskRulesAreTenantSettingsAndOffUnlessSwitchedOn() throws Exception {
    HttpResponse<String> before = send("GET", "/api/v1/admin/tenants/acme/settings", ACME_KEY, null, null, JSON);
    HttpResponse<String> put = send("PUT", "/api/v1/admin/tenants/acme/settings", ACME_KEY, YAML, """
        tenantId: acme
        name: ACME Support
        zone: Europe/Amsterdam
        raiseOnBreach: true
        """, JSON);

    assertThat(before.body()).contains("\"raiseOnBreach\":false").contains("\"statusMailsWhileOnHold\":false");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(put.body()).contains("\"raiseOnBreach\":true").contains("\"statusMailsWhileOnHold\":false");
    assertThat(policies.find("acme").orElseThrow().policy().tenant().raiseOnBreach()).isTrue();
  }

  @Test
  void anEditOfAStaleRevisionIsRefusedWith412InsteadOfUndoingAnotherAdminsChange() throws Exception {
    HttpResponse<String> read = send("GET", "/api/v1/admin/tenants/acme/settings", ACME_KEY, null, null, JSON);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    String first = """
        tenantId: acme
        name: ACME Support
        zone: Europe/Amsterdam
        raiseOnBreach: true
        """;
    String second = """
        tenantId: acme
        name: ACME Support
        zone: Europe/Amsterdam
        statusMailsWhileOnHold: true
        """;

    HttpResponse<String> firstSave = sendIfMatch("PUT", "/api/v1/admin/tenants/acme/settings", etag, YAML, first);
    HttpResponse<String> staleSave = sendIfMatch("PUT", "/api/v1/admin/tenants/acme/settings", etag, YAML, second);
    HttpResponse<String> stalePolicy = sendIfMatch("PUT", "/api/v1/admin/tenants/acme/policy", etag, YAML,
        send("GET", "/api/v1/admin/tenants/acme/policy", ACME_KEY, null, null, YAML).body());
    HttpResponse<String> garbled = sendIfMatch("PUT", "/api/v1/admin/tenants/acme/settings", "yesterday", YAML, second);

    assertThat(firstSave.statusCode()).as(firstSave.body()).isEqualTo(200);
    assertThat(firstSave.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    assertThat(staleSave.statusCode()).isEqualTo(412);
    assertThat(staleSave.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(staleSave.headers().firstValue("ETag")).isEqualTo(firstSave.headers().firstValue("ETag"));
    assertThat(staleSave.body()).contains("stale-revision").contains("If-Match");
    assertThat(stalePolicy.statusCode()).isEqualTo(412);
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(garbled.body()).contains("If-Match");
    var stored = policies.find("acme").orElseThrow().policy().tenant();
    assertThat(stored.raiseOnBreach()).as("the first admin's change stands").isTrue();
    assertThat(stored.statusMailsWhileOnHold()).as("the stale change was not applied").isFalse();
  }

  @Test
  void aSectionEditWithTheCurrentRevisionIsAppliedAndAnswersTheNextOne() throws Exception {
    String etag = send("GET", "/api/v1/admin/tenants/acme/policy", ACME_KEY, null, null, JSON)
        .headers().firstValue("ETag").orElseThrow();
    String customer = """
        {"customerId":"contoso","name":"Contoso","emailDomains":["contoso.example"]}""";

    HttpResponse<String> created = sendIfMatch("POST", "/api/v1/admin/tenants/acme/customers", etag, JSON, customer);
    HttpResponse<String> again = sendIfMatch("DELETE", "/api/v1/admin/tenants/acme/customers/contoso", etag, null, null);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    assertThat(again.statusCode()).isEqualTo(412);
    assertThat(policies.find("acme").orElseThrow().policy().customers())
        .anyMatch(c -> c.customerId().equals("contoso"));
  }

  @Test
  void aTenantThatRequiresIfMatchRefusesABlindEditWith428() throws Exception {
    String requiring = """
        tenantId: acme
        name: ACME Support
        zone: Europe/Amsterdam
        requireIfMatch: true
        """;
    HttpResponse<String> switchedOn = send("PUT", "/api/v1/admin/tenants/acme/settings", ACME_KEY, YAML, requiring, JSON);

    HttpResponse<String> blind = send("DELETE", "/api/v1/admin/tenants/acme/customers/northwind", ACME_KEY, null, null);
    HttpResponse<String> list = send("GET", "/api/v1/admin/tenants/acme/customers", ACME_KEY, null, null);
    HttpResponse<String> named = sendIfMatch("PUT", "/api/v1/admin/tenants/acme/settings",
        list.headers().firstValue("ETag").orElseThrow(), YAML, requiring.replace("ACME Support", "ACME Care"));

    assertThat(switchedOn.statusCode()).as(switchedOn.body()).isEqualTo(200);
    assertThat(blind.statusCode()).isEqualTo(428);
    assertThat(blind.body()).contains("if-match-required");
    assertThat(blind.headers().firstValue("ETag")).isEqualTo(list.headers().firstValue("ETag"));
    assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    assertThat(policies.find("acme").orElseThrow().policy().tenant().name()).isEqualTo("ACME Care");
  }

  @Test
  void customersAreCreatedReadReplacedAndDeletedOneByOne() throws Exception {
    String fabrikam = """
        {"customerId":"fabrikam","name":"Fabrikam","emailDomains":["fabrikam.example"],
         "contacts":[{"name":"Fay","email":"fay@fabrikam.example","phone":"+31205550123","role":"ACCOUNT_HOLDER"}]}""";
    String base = "/api/v1/admin/tenants/acme/customers";

    HttpResponse<String> created = send("POST", base, ACME_KEY, JSON, fabrikam);
    HttpResponse<String> again = send("POST", base, ACME_KEY, JSON, fabrikam);
    HttpResponse<String> read = send("GET", base + "/fabrikam", ACME_KEY, null, null);
    HttpResponse<String> replaced = send("PUT", base + "/fabrikam", ACME_KEY, JSON,
        fabrikam.replace("\"Fabrikam\"", "\"Fabrikam Inc.\""));
    HttpResponse<String> wrongId = send("PUT", base + "/other", ACME_KEY, JSON, fabrikam);
    HttpResponse<String> deleted = send("DELETE", base + "/fabrikam", ACME_KEY, null, null);
    HttpResponse<String> gone = send("GET", base + "/fabrikam", ACME_KEY, null, null);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(base + "/fabrikam"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("exists already");
    assertThat(read.body()).contains("\"phone\":\"+31205550123\"");
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(wrongId.statusCode()).isEqualTo(400);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(contentType(gone)).startsWith("application/problem+json");
  }

  @Test
  void aCustomerWithContractsCannotBeDeleted() throws Exception {
    HttpResponse<String> response = send("DELETE", "/api/v1/admin/tenants/acme/customers/northwind", ACME_KEY, null, null);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("contracts[northwind-24x7].customerId: no customer 'northwind'");
  }

  @Test
  void anInvalidFieldIsA400NamingThePathIntoTheDocument() throws Exception {
    HttpResponse<String> response = send("POST", "/api/v1/admin/tenants/acme/customers", ACME_KEY, JSON, """
        {"customerId":"bad","name":"Bad","contacts":[{"name":"B","email":"not-an-address","role":"ADMINISTRATOR"}]}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"contacts[0].email\"")
        .contains("'not-an-address' is not an e-mail address");
  }

  @Test
  void anUnknownFieldIsA400InsteadOfBeingIgnored() throws Exception {
    HttpResponse<String> response = send("POST", "/api/v1/admin/tenants/acme/customers", ACME_KEY, JSON,
        "{\"customerId\":\"typo\",\"name\":\"Typo\",\"emailDomain\":\"typo.example\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"emailDomain\"").contains("is not a field of this document");
  }

  @Test
  void anOperatorInAnIdIsJustAnInvalidId() throws Exception {
    HttpResponse<String> response = send("POST", "/api/v1/admin/tenants/acme/customers", ACME_KEY, JSON,
        "{\"customerId\":{\"$ne\":null},\"name\":\"X\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(send("GET", "/api/v1/admin/tenants/acme/customers/%7B%24ne%3Anull%7D", ACME_KEY, null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anUnsupportedMediaTypeIs415ProblemJson() throws Exception {
    HttpResponse<String> response = send("POST", "/api/v1/admin/tenants/acme/customers", ACME_KEY, "text/plain", "hello");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(contentType(response)).startsWith("application/problem+json");
  }

  @Test
  void aBodyAboveTheLimitIsRefused() throws Exception {
    String huge = "{\"customerId\":\"big\",\"name\":\"" + "x".repeat(70_000) + "\"}";

    HttpResponse<String> response = send("POST", "/api/v1/admin/tenants/acme/customers", ACME_KEY, JSON, huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("payload-too-large");
  }

  @Test
  void applyingAPresetGivesTheContractThePresetsPlanAndCalendar() throws Exception {
    HttpResponse<String> response = send("POST", "/api/v1/admin/tenants/acme/contracts/northwind-24x7/preset",
        ACME_KEY, JSON, "{\"preset\":\"tiered-business-hours\",\"tier\":\"Enterprise\"}");
    HttpResponse<String> unknown = send("POST", "/api/v1/admin/tenants/acme/contracts/northwind-24x7/preset",
        ACME_KEY, JSON, "{\"preset\":\"gold\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"planName\":\"tiered-business-hours\"").contains("\"tier\":\"Enterprise\"");
    TenantPolicy stored = policies.find("acme").orElseThrow().policy();
    assertThat(stored.contract("northwind-24x7").orElseThrow().plan().calendarId()).isEqualTo("cet-9x5-weekend");
    assertThat(stored.calendar("cet-9x5-weekend")).isPresent();
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void thePresetsAreListed() throws Exception {
    HttpResponse<String> response = send("GET", "/api/v1/admin/presets", ACME_KEY, null, null, YAML);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("name: infra-24x7").contains("name: carrier-grade");
  }

  @Test
  void theOpenApiDescriptionAndUiNeedNoKey() throws Exception {
    HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null, null);
    HttpResponse<String> ui = send("GET", "/swagger-ui/index.html", null, null, null);

    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/admin/tenants/{tenantId}/policy").contains("X-API-Key");
    assertThat(ui.statusCode()).isEqualTo(200);
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private HttpResponse<String> send(String method, String path, String key, String contentType, String body)
      throws Exception {
    return send(method, path, key, contentType, body, null);
  }

  private HttpResponse<String> send(String method, String path, String key, String contentType, String body, String accept)
      throws Exception {
    return HttpCalls.send(http, "http://127.0.0.1:" + port + path, method, body, "X-API-Key", key, "Content-Type",
        contentType, "Accept", accept);
  }

  private HttpResponse<String> sendIfMatch(String method, String path, String ifMatch, String contentType, String body)
      throws Exception {
    return HttpCalls.send(http, "http://127.0.0.1:" + port + path, method, body, "X-API-Key", ACME_KEY, "If-Match",
        ifMatch, "Accept", JSON, "Content-Type", contentType);
  }

  private static TenantPolicy basePolicy(String tenant) {
    CoverageCalendar allDay = CoverageCalendar.twentyFourSeven(AMSTERDAM);
    SupportPlan plan = new SupportPlan("infra-24x7", null, "24x7", List.of(), List.of(), null, null, List.of(),
        List.of(), false, false, null, false, null, null);
    return new TenantPolicy(Tenant.named(tenant, tenant.toUpperCase(), AMSTERDAM),
        List.of(allDay), List.of(),
        List.of(Customer.ofDomains("northwind", "Northwind", List.of("northwind.example"))),
        List.of(new Contract("northwind-24x7", "northwind", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            null, null, plan)));
  }
}
