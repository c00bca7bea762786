package io.supportflow.intake.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How many files, how large each and how large together a case may keep. Files over a bound are
 * not kept; the text of the request or reply says which and why, so nobody wonders where they went.
 */
public record AttachmentLimits(int maxCount, long maxFileBytes, long maxCaseBytes) {

  /** The files kept, and a line per file that was not. */
  public record Admitted(List<Attachment> kept, List<String> refused) {

    /** The note to append to the text, or "" when every file was kept. */
    public String note() {
      return refused.isEmpty() ? "" : "\n\n" + String.join("\n", refused);
    }
  }

  public AttachmentLimits {
    if (maxCount < 0 || maxFileBytes < 0 || maxCaseBytes < 0) {
      throw new IllegalArgumentException("attachment limits cannot be negative");
    }
  }

  /**
   * @param alreadyOnCase files the case already keeps (count and bytes count towards its bounds)
   */
  public Admitted admit(List<Attachment> offered, List<Attachment> alreadyOnCase) {
    int count = alreadyOnCase.size();
    long bytes = alreadyOnCase.stream().mapToLong(Attachment::size).sum();
    List<Attachment> kept = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Attachment file : offered) {
      String why = count >= maxCount ? "the case keeps at most " + maxCount + " files"
          : file.size() > maxFileBytes ? "it is over " + maxFileBytes + " bytes"
          : bytes + file.size() > maxCaseBytes ? "the case keeps at most " + maxCaseBytes + " bytes of files"
          : null;
      if (why == null) {
        kept.add(file);
        count++;
        bytes += file.size();
      } else {
        refused.add("(Attachment \"" + file.name() + "\" was not kept: " + why + ".)");
      }
    }
    return new Admitted(List.copyOf(kept), List.copyOf(refused));
  }
}
