package io.supportflow.intake.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a file's bytes are, from their first bytes, whatever the sender declared: a ".pdf" that is
 * an HTML page is an HTML page. Only a handful of types are named; anything else is
 * application/octet-stream, which every browser downloads rather than shows.
 */
public final class ContentSniffer {

  private static final int TEXT_SCANNED = 4_096;

  private ContentSniffer() {}

  public static String sniff(byte[] content) {
    if (content == null || content.length == 0) {
      return "application/octet-stream";
    }
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return "application/pdf";
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return "image/png";
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
        || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
      return "image/gif";
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return "application/zip";
    }
    if (startsWith(content, new byte[] {0x1F, (byte) 0x8B})) {
      return "application/gzip";
    }
    if (!isText(content)) {
      return "application/octet-stream";
    }
    String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<script")
        || head.startsWith("<svg")) {
      return "text/html";
    }
    if (head.startsWith("<?xml")) {
      return "application/xml";
    }
    return "text/plain";
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** UTF-8 without NUL or other control characters than tab and line breaks, in its first 4 KB. */
  private static boolean isText(byte[] content) {
    int length = Math.min(content.length, TEXT_SCANNED);
    for (int i = 0; i < length; i++) {
      int b = content[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      // A multi-byte character cut at the 4 KB mark is still text.
      return length < content.length && length - TEXT_SCANNED > -4;
    }
  }
}
