package io.supportflow.intake.config;

import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.application.mail.Mailbox;
import io.supportflow.intake.application.phone.PhoneLine;
import io.supportflow.intake.domain.StrangerReplies;
import io.supportflow.intake.domain.Tenant;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo tenant of the local stack, with the keys and channel settings the launcher passes.
 * There is no built-in key: without one the demo refuses to start rather than open an unguarded
 * door. Each optional channel stays off when its settings are absent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("supportflow.demo.enabled")
@EnableConfigurationProperties(DemoTenant.Settings.class)
class DemoTenant {

  private static final int MIN_KEY_LENGTH = 24;

  @ConfigurationProperties("supportflow.demo")
  record Settings(String tenant, String apiKey, String supportAddress, String agentId, String agentKey,
      String customerId, String customerKey, List<String> customerContacts, StrangerReplies strangerReplies,
      Imap imap, Phone phone) {

    record Imap(String host, Integer port, String user, String password, String folder) {}

    record Phone(String hmacSecret, String twilioAuthToken, String region) {}
  }

  @Bean
  ApplicationRunner demoTenantRunner(MongoTenantDirectory tenants, Settings demo) {
    return args -> {
      String tenantId = blank(demo.tenant()) ? "acme" : demo.tenant();
      requireKey("supportflow.demo.api-key (SUPPORTFLOW_DEMO_API_KEY)", demo.apiKey());
      tenants.save(new Tenant(tenantId, "ACME Support (demo)", tenantId.toUpperCase(Locale.ROOT)), demo.apiKey());
      if (!blank(demo.supportAddress())) {
        tenants.saveSupportAddresses(tenantId, List.of(demo.supportAddress()));
      }
      if (!blank(demo.agentKey())) {
        requireKey("supportflow.demo.agent-key (SUPPORTFLOW_DEMO_AGENT_KEY)", demo.agentKey());
        tenants.saveAgentKey(tenantId, blank(demo.agentId()) ? "demo-agent" : demo.agentId(), demo.agentKey());
      }
      if (!blank(demo.customerKey())) {
        requireKey("supportflow.demo.customer-key (SUPPORTFLOW_DEMO_CUSTOMER_KEY)", demo.customerKey());
        tenants.saveCustomerKey(tenantId, blank(demo.customerId()) ? "northwind" : demo.customerId(),
            demo.customerKey(), null);
      }
      String customerId = blank(demo.customerId()) ? "northwind" : demo.customerId();
      if (demo.customerContacts() != null && !demo.customerContacts().isEmpty()) {
        // The addresses contracts' demo policy lists for the demo customer: they may write to its cases.
        tenants.saveCustomerContacts(tenantId, customerId,
            demo.customerContacts().stream().filter(a -> !blank(a)).toList());
      }
      if (demo.strangerReplies() != null) {
        tenants.saveStrangerReplies(tenantId, demo.strangerReplies());
      }
      Settings.Imap imap = demo.imap();
      if (imap != null && !blank(imap.host()) && !blank(imap.user()) && !blank(imap.password())) {
        tenants.saveMailbox(new Mailbox(tenantId, imap.host(), imap.port() == null ? 3143 : imap.port(), false,
            imap.user(), imap.password(), blank(imap.folder()) ? "INBOX" : imap.folder(), "Processed", "Quarantine"));
      }
      Settings.Phone phone = demo.phone();
      if (phone != null && (!blank(phone.hmacSecret()) || !blank(phone.twilioAuthToken()))) {
        tenants.savePhoneLine(tenantId, new PhoneLine(blank(phone.hmacSecret()) ? null : phone.hmacSecret(),
            blank(phone.twilioAuthToken()) ? null : phone.twilioAuthToken(),
            blank(phone.region()) ? "NL" : phone.region()));
      }
    };
  }

  private static void requireKey(String name, String key) {
    if (key == null || key.length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException(name + " must be set to a random key of " + MIN_KEY_LENGTH + "+ characters");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
