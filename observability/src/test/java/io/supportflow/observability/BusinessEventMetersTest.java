package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.supportflow.events.Channel;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.observability.metrics.BusinessEventMeters;
import io.supportflow.observability.metrics.MeteredProducers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Each business meter moves for the event that is its fact, with bounded tags only. */
class BusinessEventMetersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final BusinessEventMeters meters = new BusinessEventMeters(registry);

  @Test
  void everyPublishedFactMovesItsMeter() {
    RequestReceived opened = new RequestReceived();
    opened.setTenantId("acme");
    opened.setCaseId("c-1");
    opened.setChannel(Channel.EMAIL);
    EntitlementDecided decided = new EntitlementDecided();
    decided.setOutcome(EntitlementOutcome.NOT_ENTITLED);
    decided.setReasonCode("NO_CONTRACT");
    decided.setPriority(Priority.P2);
    SlaClockChanged met = clock(SlaClockKind.FIRST_RESPONSE, SlaClockChange.MET, 90_000);
    SlaClockChanged breached = clock(SlaClockKind.UPDATE, SlaClockChange.BREACHED, 0);
    EscalationRaised raised = new EscalationRaised();
    raised.setLevel(2);
    raised.setPriority(Priority.P1);
    NotificationAttempted mail = new NotificationAttempted();
    mail.setKind(NotificationKind.STATUS_UPDATE);
    mail.setOutcome(NotificationOutcome.SENT);

    List.of(opened, decided, met, breached, raised, mail, "not an event").forEach(meters::published);

    assertThat(registry.get("supportflow.cases.opened").tags("tenant", "acme", "channel", "EMAIL").counter().count()).isEqualTo(1);
    assertThat(registry.get("supportflow.decisions").tags("outcome", "NOT_ENTITLED", "reason", "NO_CONTRACT").counter().count()).isEqualTo(1);
    assertThat(registry.get("supportflow.sla.clock.changes").tags("change", "BREACHED", "clock", "UPDATE", "priority", "P1").counter().count()).isEqualTo(1);
    assertThat(registry.get("supportflow.first.response").tags("priority", "P1").timer().totalTime(TimeUnit.SECONDS)).isEqualTo(90);
    assertThat(registry.get("supportflow.escalations").tags("level", "2").counter().count()).isEqualTo(1);
    assertThat(registry.get("supportflow.mails").tags("kind", "STATUS_UPDATE", "outcome", "SENT").counter().count()).isEqualTo(1);
    // No tag anywhere carries the case id.
    assertThat(registry.getMeters()).allSatisfy(meter ->
        assertThat(meter.getId().getTags()).noneMatch(tag -> tag.getValue().equals("c-1")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theProducerInterceptorCountsEventsAndDeadLetters() throws Exception {
    Map<String, Object> config = new HashMap<>();
    new MeteredProducers(meters, registry).configure(config, "requests-out-0", "intake.requests");
    String className = (String) config.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
    ProducerInterceptor<Object, Object> interceptor =
        (ProducerInterceptor<Object, Object>) Class.forName(className).getDeclaredConstructor().newInstance();
    interceptor.configure(config);
    RequestReceived opened = new RequestReceived();
    opened.setTenantId("acme");
    opened.setChannel(Channel.PORTAL);

    interceptor.onSend(new ProducerRecord<>("intake.requests", "c-1", opened));
    interceptor.onSend(new ProducerRecord<>("sla.dlq", "c-2", new byte[] {1}));

    assertThat(registry.get("supportflow.cases.opened").tags("channel", "PORTAL").counter().count()).isEqualTo(1);
    assertThat(registry.get("supportflow.dlq.records").tags("topic", "sla.dlq").counter().count()).isEqualTo(1);
  }

  @Test
  void onlyCasesOpenedCarryTheTenantAndNoTagCarriesACaseIdCaseNumberOrAddress() {
    String caseId = "5f0c2b9e-case-id";
    String caseNumber = "ACME-000042";
    String email = "olivia@northwind.example";
    RequestReceived opened = new RequestReceived();
    opened.setTenantId("acme");
    opened.setCaseId(caseId);
    opened.setCaseNumber(caseNumber);
    opened.setChannel(Channel.EMAIL);
    opened.setReporter(new Reporter("Olivia Ops", email, null));
    EntitlementDecided decided = new EntitlementDecided();
    decided.setTenantId("acme");
    decided.setCaseId(caseId);
    decided.setCaseNumber(caseNumber);
    decided.setOutcome(EntitlementOutcome.ENTITLED);
    decided.setReasonCode("ACTIVE_CONTRACT");
    decided.setPriority(Priority.P1);
    decided.setReporter(new Reporter("Olivia Ops", email, null));
    SlaClockChanged met = clock(SlaClockKind.FIRST_RESPONSE, SlaClockChange.MET, 60_000);
    met.setTenantId("acme");
    met.setCaseId(caseId);
    met.setCaseNumber(caseNumber);
    EscalationRaised raised = new EscalationRaised();
    raised.setTenantId("acme");
    raised.setCaseId(caseId);
    raised.setCaseNumber(caseNumber);
    raised.setLevel(1);
    raised.setPriority(Priority.P1);
    raised.setPersonEmail("duty@acme.example");
    NotificationAttempted mail = new NotificationAttempted();
    mail.setTenantId("acme");
    mail.setCaseId(caseId);
    mail.setCaseNumber(caseNumber);
    mail.setKind(NotificationKind.ACKNOWLEDGEMENT);
    mail.setOutcome(NotificationOutcome.SENT);
    mail.setRecipient(email);

    List.of(opened, decided, met, raised, mail).forEach(meters::published);

    assertThat(registry.getMeters()).extracting(meter -> meter.getId().getName()).contains(
        "supportflow.cases.opened", "supportflow.decisions", "supportflow.sla.clock.changes",
        "supportflow.first.response", "supportflow.escalations", "supportflow.mails");
    assertThat(registry.getMeters())
        .filteredOn(meter -> meter.getId().getTag("tenant") != null)
        .extracting(meter -> meter.getId().getName())
        .containsOnly("supportflow.cases.opened");
    assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags())
        .as(meter.getId().getName())
        .noneMatch(tag -> tag.getValue().contains(caseId) || tag.getValue().contains(caseNumber)
            || tag.getValue().contains("@")));
  }

  private static SlaClockChanged clock(SlaClockKind kind, SlaClockChange change, long countedMillis) {
    SlaClockChanged changed = new SlaClockChanged();
    changed.setClock(kind);
    changed.setChange(change);
    changed.setPriority(Priority.P1);
    changed.setCountedMillis(countedMillis);
    return changed;
  }
}
