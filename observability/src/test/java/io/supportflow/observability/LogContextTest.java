package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.events.Channel;
import io.supportflow.events.RequestReceived;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.logging.CaseLogContextFilter;
import io.supportflow.observability.logging.CasePathLogContext;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

/** Log lines name their case while a record is handled; LOG_FORMAT=json switches to JSON lines. */
class LogContextTest {

  @Test
  @SuppressWarnings("unchecked")
  void whileARecordIsHandledTheLogContextNamesItsCase() {
    var container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()),
        new ContainerProperties("intake.requests"));
    new CaseLogContext().configure(container, "intake.requests", "contracts");
    RecordInterceptor<Object, Object> interceptor =
        (RecordInterceptor<Object, Object>) org.springframework.test.util.ReflectionTestUtils.getField(container, "recordInterceptor");
    RequestReceived opened = new RequestReceived();
    opened.setTenantId("acme");
    opened.setCaseNumber("ACME-000042");
    opened.setChannel(Channel.PORTAL);
    ConsumerRecord<Object, Object> record = new ConsumerRecord<>("intake.requests", 0, 0, "case-1", opened);

    interceptor.intercept(record, null);
    assertThat(MDC.get("caseId")).isEqualTo("case-1");
    assertThat(MDC.get("tenantId")).isEqualTo("acme");
    assertThat(MDC.get("caseNumber")).isEqualTo("ACME-000042");

    interceptor.afterRecord(record, null);
    assertThat(MDC.get("caseId")).isNull();
    assertThat(MDC.get("caseNumber")).isNull();
  }

  @Test
  void aRequestThatAddressesACaseByItsPathNamesItUntilTheRequestEnds() throws Exception {
    var request = new MockHttpServletRequest("GET", "/api/v1/cases/case-7/sla");
    request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
        Map.of("caseId", "case-7"));
    var response = new MockHttpServletResponse();
    String[] during = new String[2];

    new CaseLogContextFilter().doFilter(request, response, (req, res) -> {
      new CasePathLogContext().preHandle(request, response, new Object());
      during[0] = MDC.get("caseId");
      during[1] = MDC.get("caseNumber");
    });

    assertThat(during).containsExactly("case-7", null);
    assertThat(MDC.get("caseId")).isNull();
  }

  @Test
  void jsonLogsOnlyWhenAskedForAndTracingExportOnlyWithAnEndpoint() {
    StandardEnvironment text = new StandardEnvironment();
    new ObservabilityDefaults().postProcessEnvironment(text, new SpringApplication());
    StandardEnvironment json = new StandardEnvironment();
    json.getPropertySources().addFirst(new MapPropertySource("env",
        Map.of("LOG_FORMAT", "json", "OTLP_TRACING_ENDPOINT", "http://collector:4318/v1/traces")));
    new ObservabilityDefaults().postProcessEnvironment(json, new SpringApplication());

    assertThat(text.getProperty("logging.structured.format.console")).isNull();
    assertThat(text.getProperty("management.tracing.export.otlp.enabled")).isEqualTo("false");
    assertThat(text.getProperty("spring.cloud.stream.kafka.binder.enable-observation")).isEqualTo("true");
    assertThat(text.getProperty("spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval")).isEqualTo("15s");
    assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    assertThat(json.getProperty("management.tracing.export.otlp.enabled")).isEqualTo("true");
  }
}
