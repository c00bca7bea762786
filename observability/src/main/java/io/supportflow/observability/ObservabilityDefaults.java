package io.supportflow.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The observability settings every service shares, as defaults below its own application.yml:
 * every case traced (W3C traceparent on every Kafka record, the binder's observation on), OTLP
 * export only when {@code OTLP_TRACING_ENDPOINT} is set, and JSON log lines when
 * {@code LOG_FORMAT=json} (readable text otherwise); the consumer-lag gauge recomputed every
 * {@code LAG_METRICS_INTERVAL} (15 s).
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("management.tracing.sampling.probability", "1.0");
    defaults.put("management.tracing.propagation.produce", "W3C");
    // No trace exemplars on the metrics: Prometheus 2.4x (Debian's) refuses a whole scrape that
    // carries one on a summary's _count (e.g. the Mongo command timings).
    defaults.put("management.tracing.exemplars.include", "none");
    defaults.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
    // The binder's lag gauge is recomputed every 60 s unless told: four scrapes behind the truth.
    defaults.put("spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval",
        environment.getProperty("LAG_METRICS_INTERVAL", "15s"));
    String otlp = environment.getProperty("OTLP_TRACING_ENDPOINT", "");
    defaults.put("management.tracing.export.otlp.enabled", Boolean.toString(!otlp.isBlank()));
    if (!otlp.isBlank()) {
      defaults.put("management.opentelemetry.tracing.export.otlp.endpoint", otlp);
    }
    defaults.put("management.logging.export.otlp.enabled", "false");
    if ("json".equalsIgnoreCase(environment.getProperty("LOG_FORMAT", "text"))) {
      // Logstash's JSON layout carries the MDC: traceId, spanId and the case fields.
      defaults.put("logging.structured.format.console", "logstash");
    }
    environment.getPropertySources().addLast(new MapPropertySource("supportflowObservabilityDefaults", defaults));
  }
}
