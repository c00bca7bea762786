package io.supportflow.console.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the sort it was taken in, the last case's sort key and case number. Handed
 * out opaque (base64url); a cursor that does not decode, or was taken in another sort, is refused.
 *
 * @param key the last case's next deadline (NEXT_DEADLINE; cases without one sort after all, as
 *     {@link #NO_DEADLINE}) or receipt (RECEIVED)
 */
public record CaseCursor(CaseQuery.Sort sort, Instant key, String caseNumber) {

  /** Where cases without a running clock sort: after every deadline. */
  public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T23:59:59Z");

  /** A cursor that cannot be read or does not fit the query. */
  public static final class InvalidCursorException extends IllegalArgumentException {
    public InvalidCursorException(String message) {
      super(message);
    }
  }

  public String encode() {
    String plain = sort.name() + "|" + key.toEpochMilli() + "|" + caseNumber;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of a page taken in {@code sort}. */
  public static CaseCursor decode(String cursor, CaseQuery.Sort sort) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
      if (parts.length != 3 || parts[2].isEmpty()) {
        throw new InvalidCursorException("the cursor is not one this API handed out");
      }
      CaseQuery.Sort taken = CaseQuery.Sort.valueOf(parts[0]);
      if (taken != sort) {
        throw new InvalidCursorException("the cursor was taken in sort " + taken + ", not " + sort);
      }
      return new CaseCursor(taken, Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
    } catch (IllegalArgumentException e) {
      if (e instanceof InvalidCursorException invalid) {
        throw invalid;
      }
      throw new InvalidCursorException("the cursor is not one this API handed out");
    }
  }

  /** The sort key of a case in a sort. */
  public static Instant keyOf(CaseSummary c, CaseQuery.Sort sort) {
    return switch (sort) {
      case NEXT_DEADLINE -> c.nextDeadline() == null ? NO_DEADLINE : c.nextDeadline();
      case RECEIVED -> c.receivedAt() == null ? Instant.EPOCH : c.receivedAt();
    };
  }
}
