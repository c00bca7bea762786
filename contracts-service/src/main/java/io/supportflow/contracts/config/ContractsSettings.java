package io.supportflow.contracts.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything contracts-service binds under {@code supportflow.}, typed and in one place. The
 * defaults and environment variables stand once, in application.yml.
 */
@ConfigurationProperties("supportflow")
record ContractsSettings(Mongodb mongodb, Security security, Admin admin, Contracts contracts, Demo demo) {

  /** @param database the service's database */
  record Mongodb(String database) {}

  /** @param apiKeyDigests entries tenant:role:sha256hex (web-support's ConfiguredApiKeys) */
  record Security(List<String> apiKeyDigests) {}

  /** @param maxBodySize the largest admin request body (a whole policy document) */
  record Admin(DataSize maxBodySize) {}

  /** @param relayInterval how often contract changes still unpublished are published again */
  record Contracts(Duration relayInterval) {}

  /** @param enabled load the demo tenant's policy; @param tenant its id */
  record Demo(boolean enabled, String tenant) {}
}
