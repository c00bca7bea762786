package io.supportflow.sla.config;

import io.supportflow.web.BodyLimitFilter;
import io.supportflow.web.StaffApiSecurityConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The SLA API is for a tenant's staff and systems (agent, admin and integration keys from
 * configuration), never a customer key: the compliance report spans every customer.
 */
@Configuration(proxyBeanMethods = false)
@Import(StaffApiSecurityConfiguration.class)
class SlaSecurityConfiguration {

  /** A preview may carry a whole policy document; anything larger is refused unread. */
  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(SlaSettings settings) {
    return BodyLimitFilter.registration(request -> settings.maxBodySize().toBytes());
  }
}
