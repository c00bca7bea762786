package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

  @Test
  void readsAsPrefixAndSixDigitSequence() {
    assertThat(new CaseNumber("ACME", 42)).hasToString("ACME-000042");
    assertThat(new CaseNumber("ACME", 1_234_567)).hasToString("ACME-1234567");
  }

  @Test
  void refusesAPrefixThatCouldNotBeReadInASubjectLine() {
    assertThatThrownBy(() -> new CaseNumber("acme", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseNumber("A", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseNumber("ACME", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
