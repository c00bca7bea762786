package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyAuthorisationTest {

  private static final CaseFile CASE = new CaseFile(new SupportCase("c-1", "acme", new CaseNumber("ACME", 189),
      Channel.EMAIL, CaseStatus.ON_HOLD, Priority.P2, null, new Reporter("Olivia", "ops@northwind.example", null),
      "Reports fail", "d", null, null, null, Instant.parse("2026-11-24T09:00:00Z"), null, "northwind.example", null,
      List.of()), CaseStatus.ON_HOLD, Priority.P2, 3, List.of(), Set.of(),
      Set.of("ops@northwind.example", "cfo@northwind.example"));

  static Stream<Arguments> senders() {
    return Stream.of(
        arguments("the reporter may write, whatever the case of the address", "OPS@Northwind.example",
            Optional.empty(), Optional.empty(), true),
        arguments("an address already on the thread may write", "cfo@northwind.example", Optional.empty(),
            Optional.empty(), true),
        arguments("a contact of the case's customer may write", "admin@northwind.example", Optional.of("northwind"),
            Optional.of("northwind"), true),
        arguments("a forged sender in a contact's domain is still a stranger", "ops2@northwind.example",
            Optional.empty(), Optional.of("northwind"), false),
        arguments("a contact of another customer may not", "admin@contoso.example", Optional.of("contoso"),
            Optional.of("northwind"), false),
        arguments("without a known customer no contact rule applies", "admin@contoso.example", Optional.empty(),
            Optional.empty(), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("senders")
  void whoMayWrite(String rule, String sender, Optional<String> senderCustomer, Optional<String> caseCustomer,
      boolean mayWrite) {
    Optional<String> refusal = ReplyAuthorisation.refusal(CASE, sender, senderCustomer, caseCustomer);
    if (mayWrite) {
      assertThat(refusal).isEmpty();
    } else {
      assertThat(refusal).isPresent();
    }
  }

  @Test
  void aStrangerKnowingTheCaseNumberMayNot() {
    assertThat(ReplyAuthorisation.refusal(CASE, "mallory@evil.example", Optional.empty(), Optional.of("northwind")))
        .contains("mallory@evil.example is not the reporter of ACME-000189, not a contact of its customer and not"
            + " on its thread");
  }
}
