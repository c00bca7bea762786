package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentLimitsTest {

  private static final AttachmentLimits LIMITS = new AttachmentLimits(2, 100, 150);

  @Test
  void filesWithinEveryBoundAreKept() {
    AttachmentLimits.Admitted admitted = LIMITS.admit(List.of(file("a", 60), file("b", 80)), List.of());
    assertThat(admitted.kept()).extracting(Attachment::name).containsExactly("a", "b");
    assertThat(admitted.note()).isEmpty();
  }

  @Test
  void aFileOverTheSizePerFileIsNotKeptAndTheTextSaysWhy() {
    AttachmentLimits.Admitted admitted = LIMITS.admit(List.of(file("huge.iso", 101), file("ok", 10)), List.of());
    assertThat(admitted.kept()).extracting(Attachment::name).containsExactly("ok");
    assertThat(admitted.note()).isEqualTo("\n\n(Attachment \"huge.iso\" was not kept: it is over 100 bytes.)");
  }

  @Test
  void theFilesAlreadyOnTheCaseCountTowardsItsBounds() {
    assertThat(LIMITS.admit(List.of(file("c", 60)), List.of(file("a", 100))).refused())
        .containsExactly("(Attachment \"c\" was not kept: the case keeps at most 150 bytes of files.)");
    assertThat(LIMITS.admit(List.of(file("c", 1)), List.of(file("a", 1), file("b", 1))).refused())
        .containsExactly("(Attachment \"c\" was not kept: the case keeps at most 2 files.)");
  }

  private static Attachment file(String name, long size) {
    return new Attachment(name, size, "text/plain");
  }
}
