package io.supportflow.notification.config;

import io.supportflow.web.ProblemWebConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Errors raised below Spring MVC (Tomcat itself, the error page) speak problem+json too: the web kit's. */
@Configuration(proxyBeanMethods = false)
@Import(ProblemWebConfiguration.class)
class WebServerConfiguration {}
