package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSizeTest {

  private final PageSize sizes = new PageSize(25, 100);

  @Test
  void noValueMeansTheDefaultAndAWholeNumberInRangeIsTaken() {
    assertThat(sizes.parse(null)).hasValue(25);
    assertThat(sizes.parse(" ")).hasValue(25);
    assertThat(sizes.parse(" 1 ")).hasValue(1);
    assertThat(sizes.parse("100")).hasValue(100);
  }

  @Test
  void zeroTooManyOrNotANumberIsRefusedWithTheRange() {
    assertThat(sizes.parse("0")).isEmpty();
    assertThat(sizes.parse("101")).isEmpty();
    assertThat(sizes.parse("ten")).isEmpty();
    assertThat(sizes.refusal()).isEqualTo("is a page size, 1 to 100");
  }
}
