package io.supportflow.console.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseCursorTest {

  @Test
  void aCursorReadsBackAsItWasHandedOut() {
    CaseCursor cursor = new CaseCursor(CaseQuery.Sort.RECEIVED, Instant.parse("2026-03-02T09:00:00Z"), "ACME-7|x");
    assertThat(CaseCursor.decode(cursor.encode(), CaseQuery.Sort.RECEIVED)).isEqualTo(cursor);
  }

  @Test
  void aForgedOrForeignCursorIsRefused() {
    String received = new CaseCursor(CaseQuery.Sort.RECEIVED, Instant.EPOCH, "ACME-7").encode();
    assertThatThrownBy(() -> CaseCursor.decode(received, CaseQuery.Sort.NEXT_DEADLINE))
        .isInstanceOf(CaseCursor.InvalidCursorException.class);
    assertThatThrownBy(() -> CaseCursor.decode("not a cursor!", CaseQuery.Sort.RECEIVED))
        .isInstanceOf(CaseCursor.InvalidCursorException.class);
    assertThatThrownBy(() -> CaseCursor.decode("Zm9v", CaseQuery.Sort.RECEIVED))
        .isInstanceOf(CaseCursor.InvalidCursorException.class);
  }
}
