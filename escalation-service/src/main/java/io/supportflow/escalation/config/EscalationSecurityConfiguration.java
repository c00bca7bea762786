package io.supportflow.escalation.config;

import io.supportflow.web.StaffApiSecurityConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The escalation API is for a tenant's staff and systems: agent, admin and integration keys from configuration. */
@Configuration(proxyBeanMethods = false)
@Import(StaffApiSecurityConfiguration.class)
class EscalationSecurityConfiguration {}
