package io.supportflow.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RememberedTest {

  private Instant now = Instant.parse("2026-12-07T09:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final Map<String, String> store = new HashMap<>(Map.of("acme", "ACME"));
  private int reads;
  private final Remembered<String, String> remembered = new Remembered<>(Duration.ofSeconds(5), clock);

  private Optional<String> read(String key) {
    reads++;
    return Optional.ofNullable(store.get(key));
  }

  @Test
  void anAnswerIsRememberedUntilItIsFreshForOldThenReadAgain() {
    assertThat(remembered.get("acme", this::read)).contains("ACME");
    store.put("acme", "ACME Corp");
    now = now.plusMillis(4_999);

    assertThat(remembered.get("acme", this::read)).contains("ACME");
    assertThat(reads).isEqualTo(1);

    now = now.plusMillis(1);
    assertThat(remembered.get("acme", this::read)).contains("ACME Corp");
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void nothingFoundIsNotRememberedSoWhatIsCreatedElsewhereIsFoundAtOnce() {
    assertThat(remembered.get("globex", this::read)).isEmpty();
    store.put("globex", "Globex");

    assertThat(remembered.get("globex", this::read)).contains("Globex");
  }

  @Test
  void anAnswerGoneFromTheStoreIsForgottenWhenReadAgainAndAForgottenOneIsReadAtOnce() {
    remembered.get("acme", this::read);
    store.remove("acme");
    now = now.plusSeconds(5);
    assertThat(remembered.get("acme", this::read)).isEmpty();

    store.put("acme", "ACME");
    remembered.get("acme", this::read);
    store.put("acme", "ACME renamed");
    remembered.forget("acme");
    assertThat(remembered.get("acme", this::read)).contains("ACME renamed");
  }
}
