package io.supportflow.timeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An output of a replay: its deterministic id and how to publish it. The publishing throws when it
 * could not, so the output is published again on the next replay.
 */
public record Publication(String id, Runnable publish) {

  /**
   * The event id an output is published under: a name-based UUID of its id, so the same output
   * published again (a redelivery, a crash before recording) carries the same event id.
   */
  public static String eventId(String outputId) {
    return UUID.nameUUIDFromBytes(outputId.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Publishes the outputs whose id is not among the published ones, in order, and returns their
   * ids for the caller to record after publishing (a crash in between publishes the same ids again,
   * which consumers ignore).
   */
  public static List<String> publishUnpublished(Collection<Publication> outputs, Set<String> published) {
    List<String> fresh = new ArrayList<>();
    for (Publication output : outputs) {
      if (!published.contains(output.id())) {
        output.publish().run();
        fresh.add(output.id());
      }
    }
    return fresh;
  }
}
