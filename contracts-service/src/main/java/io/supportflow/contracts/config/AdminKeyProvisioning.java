package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Production tenants and their admin keys, from supportflow.admin.keys (SUPPORTFLOW_ADMIN_KEYS):
 * "tenant=sha256hex,other=sha256hex". Only digests are configured, never keys; a tenant that
 * does not exist yet starts with an empty policy to import.
 */
@Configuration(proxyBeanMethods = false)
class AdminKeyProvisioning {

  private static final Pattern ENTRY = Pattern.compile("([a-z0-9][a-z0-9._-]{0,63})=([0-9a-f]{64})");

  @Bean
  ApplicationRunner adminKeys(MongoTenantPolicies policies, @Value("${supportflow.admin.keys:}") String keys) {
    return args -> Arrays.stream(keys.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .forEach(entry -> {
          var m = ENTRY.matcher(entry.toLowerCase(Locale.ROOT));
          if (!m.matches()) {
            throw new IllegalStateException("supportflow.admin.keys: '" + entry.replaceAll("=.*", "=...")
                + "' is not tenant=<64 hex digits of the key's SHA-256>");
          }
          policies.createIfAbsent(TenantPolicy.empty(
              Tenant.named(m.group(1), m.group(1), ZoneOffset.UTC)));
          policies.grant(m.group(1), m.group(2));
        });
  }
}
