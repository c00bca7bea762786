package io.supportflow.intake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.application.AccessKeys;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The launcher's settings, as the environment gives them (absent ones empty), seed the demo tenant. */
class DemoTenantTest {

  private final MongoClient client = MongoClients.create(TestStack.shared().mongoUri());
  private final MongoTenantDirectory tenants =
      new MongoTenantDirectory(client.getDatabase("intake-demo-" + System.nanoTime()));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void everyChannelTheLauncherConfiguresIsSwitchedOn() throws Exception {
    Map<String, String> env = defaults();
    env.put("supportflow.demo.agent-key", "agent-key-0123456789abcdefghijkl");
    env.put("supportflow.demo.customer-key", "customer-key-0123456789abcdefghij");
    env.put("supportflow.demo.imap.host", "localhost");
    env.put("supportflow.demo.imap.user", "support@acme-support.example");
    env.put("supportflow.demo.imap.password", "desk-password");
    env.put("supportflow.demo.phone.hmac-secret", "phone-secret");

    run(env);

    assertThat(tenants.byKey("agent-key-0123456789abcdefghijkl")).hasValueSatisfying(c -> {
      assertThat(c.role()).isEqualTo(AccessKeys.Role.AGENT);
      assertThat(c.subject()).isEqualTo("demo-agent");
    });
    assertThat(tenants.byKey("customer-key-0123456789abcdefghij").map(AccessKeys.Caller::subject)).contains("northwind");
    assertThat(tenants.mailboxes()).singleElement().satisfies(m -> {
      assertThat(m.port()).isEqualTo(3143);
      assertThat(m.folder()).isEqualTo("INBOX");
      assertThat(m.quarantineFolder()).isEqualTo("Quarantine");
    });
    assertThat(tenants.phoneLine("acme")).hasValueSatisfying(p -> assertThat(p.defaultRegion()).isEqualTo("NL"));
    assertThat(tenants.supportAddresses("acme")).containsExactly("support@acme-support.example");
  }

  @Test
  void channelsWithoutSettingsStayOff() throws Exception {
    run(defaults());

    assertThat(tenants.byApiKey("demo-api-key-0123456789abcdefghijk")).isPresent();
    assertThat(tenants.mailboxes()).isEmpty();
    assertThat(tenants.phoneLine("acme")).isEmpty();
  }

  @Test
  void aShortAgentKeyIsRefusedRatherThanOpeningAWeakDoor() {
    Map<String, String> env = defaults();
    env.put("supportflow.demo.agent-key", "short");

    assertThatThrownBy(() -> run(env)).isInstanceOf(IllegalStateException.class).hasMessageContaining("agent-key");
  }

  private void run(Map<String, String> env) throws Exception {
    DemoTenant.Settings settings = new Binder(new MapConfigurationPropertySource(env))
        .bind("supportflow.demo", DemoTenant.Settings.class).get();
    new DemoTenant().demoTenantRunner(tenants, settings).run(new DefaultApplicationArguments());
  }

  /** What application.yml binds when the launcher passes only the API key. */
  private static Map<String, String> defaults() {
    Map<String, String> env = new HashMap<>();
    env.put("supportflow.demo.tenant", "acme");
    env.put("supportflow.demo.api-key", "demo-api-key-0123456789abcdefghijk");
    env.put("supportflow.demo.support-address", "support@acme-support.example");
    env.put("supportflow.demo.agent-id", "demo-agent");
    env.put("supportflow.demo.agent-key", "");
    env.put("supportflow.demo.customer-id", "northwind");
    env.put("supportflow.demo.customer-key", "");
    env.put("supportflow.demo.imap.host", "");
    env.put("supportflow.demo.imap.port", "3143");
    env.put("supportflow.demo.imap.user", "");
    env.put("supportflow.demo.imap.password", "");
    env.put("supportflow.demo.imap.folder", "INBOX");
    env.put("supportflow.demo.phone.hmac-secret", "");
    env.put("supportflow.demo.phone.twilio-auth-token", "");
    env.put("supportflow.demo.phone.region", "NL");
    return env;
  }
}
