package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyAuthorisationTest {

  private static final CaseFile CASE = new CaseFile(new SupportCase("c-1", "acme", new CaseNumber("ACME", 189),
      Channel.EMAIL, CaseStatus.ON_HOLD, Priority.P2, null, new Reporter("Olivia", "ops@northwind.example", null),
      "Reports fail", "d", null, null, null, Instant.parse("2026-11-24T09:00:00Z"), null, "northwind.example", null,
      List.of()), CaseStatus.ON_HOLD, Priority.P2, 3, List.of(), Set.of(),
      Set.of("ops@northwind.example", "cfo@northwind.example"));

  @Test
  void theReporterMayWriteWhateverTheCaseOfTheAddress() {
    assertThat(ReplyAuthorisation.refusal(CASE, "OPS@Northwind.example", Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void anAddressAlreadyOnTheThreadMayWrite() {
    assertThat(ReplyAuthorisation.refusal(CASE, "cfo@northwind.example", Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void aContactOfTheCasesCustomerMayWrite() {
    assertThat(ReplyAuthorisation.refusal(CASE, "admin@northwind.example", Optional.of("northwind"),
        Optional.of("northwind"))).isEmpty();
  }

  @Test
  void aStrangerKnowingTheCaseNumberMayNot() {
    assertThat(ReplyAuthorisation.refusal(CASE, "mallory@evil.example", Optional.empty(), Optional.of("northwind")))
        .contains("mallory@evil.example is not the reporter of ACME-000189, not a contact of its customer and not"
            + " on its thread");
  }

  @Test
  void aForgedSenderInAContactsDomainIsStillAStranger() {
    assertThat(ReplyAuthorisation.refusal(CASE, "ops2@northwind.example", Optional.empty(), Optional.of("northwind")))
        .isPresent();
  }

  @Test
  void aContactOfAnotherCustomerMayNot() {
    assertThat(ReplyAuthorisation.refusal(CASE, "admin@contoso.example", Optional.of("contoso"),
        Optional.of("northwind"))).isPresent();
  }

  @Test
  void withoutAKnownCustomerNoContactRuleApplies() {
    assertThat(ReplyAuthorisation.refusal(CASE, "admin@contoso.example", Optional.empty(), Optional.empty()))
        .isPresent();
  }
}
