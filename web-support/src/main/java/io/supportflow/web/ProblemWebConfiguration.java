package io.supportflow.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Errors raised below Spring MVC speak problem+json too: the container's error page and Tomcat's
 * own reports. A service imports this next to its {@link ProblemAdvice} subclass.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemWebConfiguration {

  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }

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
}
