package io.supportflow.infra.bench;

import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.infra.kafka.GrouplessConsumers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads {@code notification.events} from its end, on every partition, and tells the waiting case
 * (by case number) when its acknowledgement was handed to SMTP ({@code ACKNOWLEDGEMENT}, {@code
 * SENT}). An acknowledgement seen before the HTTP answer was handled is kept until it is.
 */
final class AckWatcher implements AutoCloseable {

  static final String TOPIC = "notification.events";

  /** Called with the nanoTime at which the acknowledgement of a case was seen. */
  interface Waiting {
    void acknowledged(long seenNanos);
  }

  private final KafkaConsumer<String, SpecificRecord> consumer;
  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
  private final Map<String, Long> early = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean closed;

  AckWatcher(String bootstrap, String registryUrl) {
    consumer = GrouplessConsumers.events(bootstrap, registryUrl);
    // From the end as of now, before any request is sent.
    GrouplessConsumers.assignAll(consumer, List.of(TOPIC), false);
    thread = new Thread(this::read, "ack-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the case's acknowledgement; if it was seen already, says so at once. */
  void await(String caseNumber, Waiting who) {
    waiting.put(caseNumber, who);
    Long seen = early.remove(caseNumber);
    if (seen != null && waiting.remove(caseNumber) != null) {
      who.acknowledged(seen);
    }
  }

  private void read() {
    try {
      while (!closed) {
        for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(100))) {
          long seen = System.nanoTime();
          if (record.value() instanceof NotificationAttempted n
              && n.getKind() == NotificationKind.ACKNOWLEDGEMENT
              && n.getOutcome() == NotificationOutcome.SENT) {
            String caseNumber = n.getCaseNumber();
            Waiting who = waiting.remove(caseNumber);
            if (who != null) {
              who.acknowledged(seen);
            } else {
              early.put(caseNumber, seen);
              // The HTTP answer may have been handled meanwhile.
              Waiting late = waiting.remove(caseNumber);
              if (late != null && early.remove(caseNumber) != null) {
                late.acknowledged(seen);
              }
            }
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    consumer.wakeup();
    thread.join(5_000);
  }
}
