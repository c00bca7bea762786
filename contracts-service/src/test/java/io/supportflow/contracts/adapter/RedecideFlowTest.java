package io.supportflow.contracts.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Channel;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Re-decisions against the real broker, registry and Mongo wire server, with the demo tenant's
 * policy: a priority change and a product named in a customer's reply (intake.case-activity) and a
 * contract change (contracts.contract-changes, keyed by customer) each publish the case's next
 * version on contracts.entitlements, keyed by case; a redelivered trigger publishes nothing new.
 */
@SpringBootTest(properties = "supportflow.mongodb.database=contracts-flow-test")
@OnTestStack
class RedecideFlowTest extends DemoTenantFlowSupport {


  @Test
  void aPriorityRaiseAndAProductNamedInAReplyReDecideAPhoneCaseOnceEachEvenRedelivered() {
    RequestReceived call = request(Channel.PHONE, new Reporter("Lena", null, "+31 20 555 0199"))
        .setPriority(Priority.P3).setStatedSeverity(null).build();
    CaseActivityRecorded sev1 = activity(call, CaseActivity.PRIORITY_CHANGED).setNewPriority(Priority.P1)
        .setPreviousPriority(Priority.P3).setReason("Caller says production is down").build();
    CaseActivityRecorded reply = activity(call, CaseActivity.CUSTOMER_REPLIED)
        .setMessage("For the record: we still run Shop 2.2.3 on that server.").build();
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publish("intake.requests", call.getCaseId(), call);
      EntitlementDecided first = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(call.getCaseId()), 1, DEADLINE).getFirst();
      assertThat(first.getReason()).contains("phone support for P3 requests");

      publish("intake.case-activity", call.getCaseId(), sev1);
      publish("intake.case-activity", call.getCaseId(), sev1);
      publish("intake.case-activity", call.getCaseId(), reply);

      List<EntitlementDecided> all = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(call.getCaseId()), 3, DEADLINE);
      EntitlementDecided second = all.get(1);
      EntitlementDecided third = all.get(2);
      assertThat(all).extracting(EntitlementDecided::getVersion).containsExactly(1, 2, 3);
      assertThat(first.getOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(first.getTrigger()).isNull();
      assertThat(second.getOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(second.getReasonCode()).isEqualTo("CONTRACT_ACTIVE");
      assertThat(second.getTrigger()).isEqualTo("PRIORITY_CHANGED");
      assertThat(second.getTriggerEventId()).isEqualTo(sev1.getEventId());
      assertThat(second.getEffectiveFrom()).isEqualTo(sev1.getOccurredAt());
      assertThat(second.getPreviousOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(second.getPriority()).isEqualTo(Priority.P1);
      assertThat(second.getTerms()).isNotNull();
      assertThat(second.getReceivedAt()).isEqualTo(call.getReceivedAt());
      assertThat(third.getOutcome()).isEqualTo(EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY);
      assertThat(third.getReasonCode()).isEqualTo("END_OF_LIFE");
      assertThat(third.getReason()).endsWith("product Shop 2.2.3 from your reply.");
      assertThat(third.getTrigger()).isEqualTo("PRODUCT_MENTIONED");
      assertThat(third.getPreviousOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(decisions.awaitRaw(r -> call.getCaseId().equals(r.key()), 3, DEADLINE))
          .as("every version keyed by the case").hasSize(3);
      assertThat(decisions.rawWithin(Duration.ofSeconds(2))).as("the redelivered priority change published nothing")
          .filteredOn(r -> call.getCaseId().equals(r.key())).hasSize(3);
    }
  }

  @Test
  void aContractChangeReDecidesEveryOpenCaseOfTheCustomerKeyedByCaseAndLeavesAResolvedOne() {
    RequestReceived first = request(Channel.PORTAL, new Reporter("Olivia Ops", "ops@northwind.example", null)).build();
    RequestReceived second = request(Channel.EMAIL, new Reporter("Olivia Ops", "ops@northwind.example", null)).build();
    RequestReceived resolved = request(Channel.PORTAL, new Reporter("Olivia Ops", "ops@northwind.example", null)).build();
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      List.of(first, second, resolved).forEach(r -> publish("intake.requests", r.getCaseId(), r));
      decisions.await(EntitlementDecided.class, d -> List.of(first.getCaseId(), second.getCaseId(),
          resolved.getCaseId()).contains(d.getCaseId()), 3, DEADLINE);
      publish("intake.case-activity", resolved.getCaseId(), activity(resolved, CaseActivity.RESOLVED).build());
      await().atMost(DEADLINE).until(() -> !database.getCollection("cases")
          .find(Filters.eq("_id", resolved.getCaseId())).first().getBoolean("open"));

      editPolicy.edit(TENANT, policy -> policy.withContracts(policy.contracts().stream()
          .map(c -> c.contractId().equals("northwind-infra-24x7") ? endedYesterday(c) : c).toList()));

      List<EntitlementDecided> redecided = decisions.await(EntitlementDecided.class,
          d -> d.getVersion() == 2 && List.of(first.getCaseId(), second.getCaseId()).contains(d.getCaseId()),
          2, DEADLINE);
      assertThat(redecided).extracting(EntitlementDecided::getCaseId)
          .containsExactlyInAnyOrder(first.getCaseId(), second.getCaseId());
      assertThat(redecided).allSatisfy(d -> {
        assertThat(d.getOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
        assertThat(d.getReasonCode()).isEqualTo("CONTRACT_EXPIRED");
        assertThat(d.getTrigger()).isEqualTo("CONTRACT_CHANGED");
        assertThat(d.getPreviousOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
        assertThat(d.getTerms()).isNull();
      });
      List<ConsumerRecord<String, byte[]>> raw = decisions.awaitRaw(
          r -> first.getCaseId().equals(r.key()) || second.getCaseId().equals(r.key()), 4, DEADLINE);
      assertThat(raw).extracting(ConsumerRecord::key).as("keyed by case, not by customer")
          .containsOnly(first.getCaseId(), second.getCaseId());
      Document kept = database.getCollection("cases").find(Filters.eq("_id", first.getCaseId())).first();
      assertThat(kept.getList("unpublished", Document.class)).as("the outbox is empty once published").isEmpty();
      assertThat(decisions.rawWithin(Duration.ofSeconds(2))).as("the resolved case keeps its first decision only")
          .filteredOn(r -> resolved.getCaseId().equals(r.key())).hasSize(1);
    }
  }

  private static Contract endedYesterday(Contract c) {
    return new Contract(c.contractId(), c.customerId(), c.startsOn(), LocalDate.now(ZoneOffset.UTC).minusDays(1),
        c.purchasedOn(), c.maintenanceStartsOn(), c.plan());
  }

  private static CaseActivityRecorded.Builder activity(RequestReceived request, CaseActivity kind) {
    return CaseActivityRecorded.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
        .setTenantId(TENANT)
        .setCaseId(request.getCaseId())
        .setCaseNumber(request.getCaseNumber())
        .setActivity(kind)
        .setActor("agent-7");
  }

  private static RequestReceived.Builder request(Channel channel, Reporter reporter) {
    return checkoutDown("ACME-000043", channel, reporter).setLanguage("en");
  }
}
