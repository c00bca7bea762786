package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void theBytesDecideNotTheDeclaredType() {
    assertThat(ContentSniffer.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
    assertThat(ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
        .isEqualTo("image/png");
    assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10})).isEqualTo("image/jpeg");
    assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4, 0})).isEqualTo("application/zip");
    assertThat(ContentSniffer.sniff("  <!DOCTYPE html><p>hi".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/html");
    assertThat(ContentSniffer.sniff("ERROR 1\nWARN ünïcode".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    assertThat(ContentSniffer.sniff(new byte[] {0, 1, 2, (byte) 0xFE})).isEqualTo("application/octet-stream");
    assertThat(ContentSniffer.sniff(new byte[0])).isEqualTo("application/octet-stream");
  }
}
