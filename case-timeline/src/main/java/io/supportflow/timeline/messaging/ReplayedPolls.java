package io.supportflow.timeline.messaging;

import io.supportflow.schemas.delivery.PollBatch;
import io.supportflow.timeline.CaseInput;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.ReportedActivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.messaging.Message;

/**
 * The consumer of a replaying service's one multiplexed binding in batch mode: a poll's events,
 * each read as the decision or activity it reports (with the partition it came from: the case's
 * timers are set on it), recorded and replayed together (CaseReplays.recordAll), through
 * PollBatch. An event of a type the service does not handle fails on its own, so it alone ends in
 * the dead-letter topic with that reason.
 *
 * @param <T> the terms the service keeps
 */
public final class ReplayedPolls<T> implements Consumer<Message<List<Object>>> {

  private final String service;
  private final CaseReplays<T, ?> replays;
  private final Map<Class<?>, BiFunction<SpecificRecord, Integer, ReportedActivity>> activities =
      new LinkedHashMap<>();
  private final Map<Class<?>, BiFunction<SpecificRecord, Integer, Decision<T>>> decisions = new LinkedHashMap<>();

  public ReplayedPolls(String service, CaseReplays<T, ?> replays) {
    this.service = service;
    this.replays = replays;
  }

  /** Reads one event type as a decision, given the partition it came from. */
  @SuppressWarnings("unchecked")
  public <E extends SpecificRecord> ReplayedPolls<T> decisions(Class<E> type,
      BiFunction<? super E, Integer, Decision<T>> decision) {
    decisions.put(type, (event, partition) -> decision.apply((E) event, partition));
    return this;
  }

  /** Reads one event type as an activity (one the replay does not read has none), given its partition. */
  @SuppressWarnings("unchecked")
  public <E extends SpecificRecord> ReplayedPolls<T> activities(Class<E> type,
      BiFunction<? super E, Integer, ReportedActivity> activity) {
    activities.put(type, (event, partition) -> activity.apply((E) event, partition));
    return this;
  }

  @Override
  public void accept(Message<List<Object>> poll) {
    PollBatch.handle(poll, SpecificRecord.class, this::recordAndReplay);
  }

  private List<Void> recordAndReplay(List<PollBatch.Delivered<SpecificRecord>> events) {
    List<CaseInput<T>> inputs = new ArrayList<>(events.size());
    for (PollBatch.Delivered<SpecificRecord> delivered : events) {
      SpecificRecord event = delivered.payload();
      String traceparent = delivered.header("traceparent");
      var decision = decisions.get(event.getClass());
      var activity = activities.get(event.getClass());
      if (decision != null) {
        inputs.add(new CaseInput.Decided<>(decision.apply(event, delivered.partition()), traceparent));
      } else if (activity != null) {
        ReportedActivity reported = activity.apply(event, delivered.partition());
        if (reported.activity() != null) {
          inputs.add(new CaseInput.Reported<>(reported, traceparent));
        }
      } else {
        throw new IllegalArgumentException(service + " does not handle " + event.getSchema().getFullName());
      }
    }
    replays.recordAll(inputs);
    return List.of();
  }
}
