package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoContractDirectory;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionMetric;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.TargetUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo tenant's customer and its running 24/7 contract (the infra-24x7 reaction times), so a
 * request from the local stack is entitled out of the box. Only with supportflow.demo.enabled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("supportflow.demo.enabled")
class DemoData {

  @Bean
  ApplicationRunner demoContracts(
      MongoContractDirectory directory, Clock clock,
      @Value("${supportflow.demo.tenant:acme}") String tenant) {
    return args -> {
      directory.save(new Customer("northwind", tenant, "Northwind Traders", Set.of("northwind.example")));
      LocalDate today = LocalDate.now(clock);
      directory.save(new Contract(
          "northwind-infra-24x7", tenant, "northwind", "infra-24x7", null,
          today.minusMonths(1), today.plusYears(1),
          CoverageCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")),
          List.of(
              new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES),
              new ReactionTarget(Priority.P2, ReactionMetric.FIRST_RESPONSE, 60, TargetUnit.CLOCK_MINUTES),
              new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 180, TargetUnit.CLOCK_MINUTES),
              new ReactionTarget(Priority.P4, ReactionMetric.FIRST_RESPONSE, 720, TargetUnit.CLOCK_MINUTES)),
          "carrier-grade"));
    };
  }
}
