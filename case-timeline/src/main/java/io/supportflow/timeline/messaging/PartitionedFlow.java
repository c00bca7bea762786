package io.supportflow.timeline.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * Each event type of a service's one multiplexed binding to its handler, with the partition the
 * record came from (the case's timers are set on it). A type the service does not handle fails,
 * so it ends in the dead-letter topic with that reason.
 */
public final class PartitionedFlow {

  /** Handles one type of event read from a partition. */
  @FunctionalInterface
  public interface Handler<E> {
    void handle(E event, int partition);
  }

  private final String service;
  private final Map<Class<?>, Handler<SpecificRecord>> handlers = new LinkedHashMap<>();

  public PartitionedFlow(String service) {
    this.service = service;
  }

  /** Adds the handler of one event type. */
  @SuppressWarnings("unchecked")
  public <E extends SpecificRecord> PartitionedFlow on(Class<E> type, Handler<? super E> handler) {
    handlers.put(type, (event, partition) -> ((Handler<Object>) handler).handle(event, partition));
    return this;
  }

  /** Handles one event read from the partition, e.g. one of a poll's. */
  public void handle(SpecificRecord event, int partition) {
    Handler<SpecificRecord> handler = handlers.get(event.getClass());
    if (handler == null) {
      throw new IllegalArgumentException(service + " does not handle " + event.getSchema().getFullName());
    }
    handler.handle(event, partition);
  }
}
