package io.supportflow.intake.config;

import io.supportflow.intake.adapter.web.ProblemErrorReportValve;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Errors raised below Spring MVC (Tomcat itself, Spring Security's firewall) speak problem+json too. */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

  @Bean
  ProblemErrorReports problemErrorReports() {
    return new ProblemErrorReports();
  }

  /** Runs after Boot's own customizer, whose error report valve it replaces. */
  static final class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        var pipeline = context.getParent().getPipeline();
        for (Valve valve : pipeline.getValves()) {
          if (valve instanceof ErrorReportValve) {
            pipeline.removeValve(valve);
          }
        }
        // The host adds a valve of this class when it starts, and Tomcat reports its own errors with it.
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        }
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> {
      response.setStatus(400);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("""
          {"type":"https://supportflow.io/problems/rejected","title":"Request rejected","status":400,\
          "detail":"The request URL or headers are not acceptable."}""");
    };
  }
}
