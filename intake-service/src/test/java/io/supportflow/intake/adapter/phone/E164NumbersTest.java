package io.supportflow.intake.adapter.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.intake.domain.CallerNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class E164NumbersTest {

  private final E164Numbers numbers = new E164Numbers();

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource({
    "020 555 0100,NL,+31205550100",
    "+31 (0)20-555 0100,NL,+31205550100",
    "0031205550100,NL,+31205550100",
    "+1 415 555 2671,NL,+14155552671",
    "(415) 555-2671,US,+14155552671"
  })
  void callerNumbersAreNormalisedToE164(String written, String region, String e164) {
    assertThat(numbers.read(written, region)).contains(new CallerNumber(e164));
  }

  @ParameterizedTest
  @ValueSource(strings = {"anonymous", "restricted", "12", "{\"$gt\":\"\"}", "+"})
  void whatIsNoNumberGivesNone(String written) {
    assertThat(numbers.read(written, "NL")).isEmpty();
  }
}
