package io.supportflow.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** What every service with an API imports next to its chain built by {@link ApiKeySecurity}. */
@Configuration(proxyBeanMethods = false)
public class ApiKeySecurityConfiguration {

  @Bean
  RequestRejectedHandler problemRequestRejectedHandler() {
    return ApiKeySecurity.rejectedRequests();
  }
}
