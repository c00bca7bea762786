package io.supportflow.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the case a mail answers: a case number of the tenant in the subject ("Re: [ACME-000042]
 * ..."), or a Message-ID of ours in In-Reply-To / References. Our mails' ids read
 * {@code <caseId.KIND@supportflow>}, so they name the case directly.
 */
public final class MailThreading {

  private static final Pattern OUR_MESSAGE_ID =
      Pattern.compile("<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.[A-Z_]{1,40}@supportflow>");
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,998}>");
  private static final int MAX_REFERENCES = 50;

  private MailThreading() {}

  /** The tenant's case number in the subject, if any (the prefix must be the tenant's own). */
  public static Optional<CaseNumber> caseNumberIn(String subject, String prefix) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(prefix) + "-(\\d{6,12})(?!\\d)")
        .matcher(subject.length() > 1000 ? subject.substring(0, 1000) : subject);
    return m.find() ? Optional.of(new CaseNumber(prefix, Long.parseLong(m.group(1)))) : Optional.empty();
  }

  /** Case ids named by our own Message-IDs among those the mail answers. */
  public static List<String> ourCaseIds(List<String> answered) {
    List<String> ids = new ArrayList<>();
    for (String ref : answered) {
      Matcher m = OUR_MESSAGE_ID.matcher(ref);
      if (m.matches() && !ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The Message-IDs in an In-Reply-To or References header, in order, at most 50. */
  public static List<String> messageIds(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher m = MESSAGE_ID.matcher(header);
    while (m.find() && ids.size() < MAX_REFERENCES) {
      ids.add(m.group());
    }
    return ids;
  }

  /** The key under which a mail sits on a case's thread. */
  public static String threadKey(String messageId) {
    return "mail:" + messageId;
  }
}
