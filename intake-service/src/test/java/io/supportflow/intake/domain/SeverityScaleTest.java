package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityScaleTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "P1,P1", "p2,P2", "P3,P3", "P4,P4",
    "SEV1,P1", "sev 2,P2", "SEV-3,P3", "SEV4,P4",
    "Critical,P1", "Urgent,P2", "Moderate,P3", "Low,P4",
    "High,P1", "Medium,P2",
    "80,P1", "60,P2", "40,P3", "20,P4"
  })
  void everyVocabularyOfThePoliciesMapsToItsPriority(String stated, Priority expected) {
    assertThat(SeverityScale.read(stated)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P5", "SEV0", "whenever", "99", ""})
  void anUnknownWordIsNoPriority(String stated) {
    assertThat(SeverityScale.read(stated)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void lowOnAThreeLevelScaleIsP3() {
    assertThat(SeverityScale.read("Low", true)).contains(Priority.P3);
    assertThat(SeverityScale.read("High", true)).contains(Priority.P1);
  }
}
