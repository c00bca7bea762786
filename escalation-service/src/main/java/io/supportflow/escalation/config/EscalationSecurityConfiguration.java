package io.supportflow.escalation.config;

import io.supportflow.web.TenantKeySecurity;
import io.supportflow.web.TenantKeys;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The escalation API needs a tenant key (digests from configuration; the demo key in demo mode). */
@Configuration(proxyBeanMethods = false)
class EscalationSecurityConfiguration {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      @Value("${supportflow.security.api-key-digests:}") List<String> digests,
      @Value("${supportflow.demo.enabled:false}") boolean demo,
      @Value("${supportflow.demo.tenant:acme}") String demoTenant,
      @Value("${supportflow.demo.api-key:}") String demoKey) throws Exception {
    return TenantKeySecurity.chain(http, TenantKeys.of(digests, demo ? demoTenant : null, demoKey));
  }
}
