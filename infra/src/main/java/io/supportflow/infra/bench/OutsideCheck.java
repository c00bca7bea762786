package io.supportflow.infra.bench;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.infra.kafka.GrouplessConsumers;
import io.supportflow.schemas.registry.ConfluentAvroDeserializer;
import io.supportflow.schemas.registry.RegistrySerdeConfig;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What the platform did for a set of cases, read from outside as an auditor would: the topics from
 * their beginning through the registry, and the reporter's mailbox over IMAP. Nothing here asks a
 * service.
 */
public final class OutsideCheck {

  private static final Pattern CASE_IN_SUBJECT = Pattern.compile("^\\[([^\\]]+)\\] We have received your request");
  private static final Duration READ_DEADLINE = Duration.ofMinutes(2);

  /** Where to look: Kafka and the registry, and the reporter's IMAP mailbox. */
  public record Sources(String bootstrap, String registry, int imapPort, String mailUser, String mailPassword) {}

  /**
   * What was found per case number (a missing case has none). Events count by distinct event id: a
   * service that publishes the same event again after a crash (same id, which consumers skip) sends
   * a copy, not a second fact; {@code copies} counts those.
   */
  record Counts(Map<String, Integer> requests, Map<String, Integer> decisions, Map<String, Integer> ackEvents,
      Map<String, Integer> firstResponseClocks, Map<String, Integer> ackMails, int copies, int unreadable) {}

  private final Sources sources;

  OutsideCheck(Sources sources) {
    this.sources = sources;
  }

  Counts count(Set<String> caseNumbers) throws MessagingException {
    Map<String, Set<String>> requests = new HashMap<>();
    Map<String, Set<String>> decisions = new HashMap<>();
    Map<String, Set<String>> acks = new HashMap<>();
    Map<String, Set<String>> clocks = new HashMap<>();
    int[] records = {0, 0}; // read, unreadable
    readAll(List.of("intake.requests", "contracts.entitlements", "sla.events", "notification.events"), event -> {
      records[0]++;
      switch (event) {
        case null -> records[1]++;
        case RequestReceived r -> note(caseNumbers, r.getCaseNumber(), r.getEventId(), requests);
        case EntitlementDecided d -> note(caseNumbers, d.getCaseNumber(), d.getEventId(), decisions);
        case SlaClockChanged c when c.getClock() == SlaClockKind.FIRST_RESPONSE
            && c.getChange() == SlaClockChange.STARTED -> note(caseNumbers, c.getCaseNumber(), c.getEventId(), clocks);
        case NotificationAttempted n when n.getKind() == NotificationKind.ACKNOWLEDGEMENT
            && n.getOutcome() == NotificationOutcome.SENT -> note(caseNumbers, n.getCaseNumber(), n.getEventId(), acks);
        default -> { }
      }
    });
    int copies = copiesSeen.getAndSet(0);
    return new Counts(distinct(requests), distinct(decisions), distinct(acks), distinct(clocks), ackMails(caseNumbers),
        copies, records[1]);
  }

  private final java.util.concurrent.atomic.AtomicInteger copiesSeen = new java.util.concurrent.atomic.AtomicInteger();

  /** Notes an event of a wanted case; a second record with an event id seen before is a copy. */
  private void note(Set<String> wanted, String caseNumber, String eventId, Map<String, Set<String>> ids) {
    if (wanted.contains(caseNumber) && !ids.computeIfAbsent(caseNumber, k -> new java.util.HashSet<>()).add(eventId)) {
      copiesSeen.incrementAndGet();
    }
  }

  private static Map<String, Integer> distinct(Map<String, Set<String>> ids) {
    Map<String, Integer> counts = new HashMap<>();
    ids.forEach((caseNumber, set) -> counts.put(caseNumber, set.size()));
    return counts;
  }

  private static void countIf(Set<String> wanted, String caseNumber, Map<String, Integer> counts) {
    if (wanted.contains(caseNumber)) {
      counts.merge(caseNumber, 1, Integer::sum);
    }
  }

  /** Every record of the topics from their beginning; an unreadable one (a poison record) as null. */
  private void readAll(List<String> topics, java.util.function.Consumer<SpecificRecord> each) {
    try (KafkaConsumer<String, byte[]> consumer = GrouplessConsumers.raw(sources.bootstrap());
        ConfluentAvroDeserializer decoder = new ConfluentAvroDeserializer()) {
      decoder.configure(Map.of(RegistrySerdeConfig.SCHEMA_REGISTRY_URL, sources.registry()), false);
      List<TopicPartition> partitions = GrouplessConsumers.assignAll(consumer, topics, true);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      Instant giveUp = Instant.now().plus(READ_DEADLINE);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (Instant.now().isAfter(giveUp)) {
          throw new IllegalStateException("Could not read " + topics + " to their end within " + READ_DEADLINE);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          SpecificRecord event;
          try {
            event = decoder.deserialize(record.topic(), record.value());
          } catch (RuntimeException unreadable) {
            event = null;
          }
          each.accept(event);
        }
      }
    }
  }

  private Map<String, Integer> ackMails(Set<String> caseNumbers) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", Integer.toString(sources.imapPort()));
    Store store = Session.getInstance(props).getStore("imap");
    store.connect(sources.mailUser(), sources.mailPassword());
    Map<String, Integer> mails = new HashMap<>();
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        Message[] messages = inbox.getMessages();
        // Every envelope in one IMAP round trip, not one per message: the mailbox holds thousands.
        jakarta.mail.FetchProfile envelopes = new jakarta.mail.FetchProfile();
        envelopes.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
        inbox.fetch(messages, envelopes);
        for (Message message : messages) {
          String subject = message.getSubject();
          Matcher acknowledgement = CASE_IN_SUBJECT.matcher(subject == null ? "" : subject);
          if (acknowledgement.find()) {
            countIf(caseNumbers, acknowledgement.group(1), mails);
          }
        }
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
    return mails;
  }
}
