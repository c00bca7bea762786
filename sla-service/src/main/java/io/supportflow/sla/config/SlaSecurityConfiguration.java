package io.supportflow.sla.config;

import io.supportflow.web.BodyLimitFilter;
import io.supportflow.web.TenantKeySecurity;
import io.supportflow.web.TenantKeys;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.unit.DataSize;

/** The SLA API needs a tenant key (digests from configuration; the demo key in demo mode). */
@Configuration(proxyBeanMethods = false)
class SlaSecurityConfiguration {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      @Value("${supportflow.security.api-key-digests:}") List<String> digests,
      @Value("${supportflow.demo.enabled:false}") boolean demo,
      @Value("${supportflow.demo.tenant:acme}") String demoTenant,
      @Value("${supportflow.demo.api-key:}") String demoKey) throws Exception {
    return TenantKeySecurity.chain(http, TenantKeys.of(digests, demo ? demoTenant : null, demoKey));
  }

  /** Before everything else, security included: an oversized body (a preview's policy document) is refused unread. */
  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
      @Value("${supportflow.sla.max-body-size:1MB}") DataSize limit) {
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(request -> limit.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
