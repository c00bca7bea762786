package io.supportflow.infra.bench;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

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

  /** Counts per case number; a missing case counts 0. */
  record Counts(Map<String, Integer> requests, Map<String, Integer> decisions, Map<String, Integer> ackEvents,
      Map<String, Integer> firstResponseClocks, Map<String, Integer> ackMails) {}

  private final Sources sources;

  OutsideCheck(Sources sources) {
    this.sources = sources;
  }

  Counts count(Set<String> caseNumbers) throws MessagingException {
    Map<String, Integer> requests = new HashMap<>();
    Map<String, Integer> decisions = new HashMap<>();
    Map<String, Integer> acks = new HashMap<>();
    Map<String, Integer> clocks = new HashMap<>();
    readAll(List.of("intake.requests", "contracts.entitlements", "sla.events", "notification.events"), event -> {
      switch (event) {
        case RequestReceived r -> countIf(caseNumbers, r.getCaseNumber(), requests);
        case EntitlementDecided d -> countIf(caseNumbers, d.getCaseNumber(), decisions);
        case SlaClockChanged c when c.getClock() == SlaClockKind.FIRST_RESPONSE
            && c.getChange() == SlaClockChange.STARTED -> countIf(caseNumbers, c.getCaseNumber(), clocks);
        case NotificationAttempted n when n.getKind() == NotificationKind.ACKNOWLEDGEMENT
            && n.getOutcome() == NotificationOutcome.SENT -> countIf(caseNumbers, n.getCaseNumber(), acks);
        default -> { }
      }
    });
    return new Counts(requests, decisions, acks, clocks, ackMails(caseNumbers));
  }

  private static void countIf(Set<String> wanted, String caseNumber, Map<String, Integer> counts) {
    if (wanted.contains(caseNumber)) {
      counts.merge(caseNumber, 1, Integer::sum);
    }
  }

  private void readAll(List<String> topics, java.util.function.Consumer<SpecificRecord> each) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sources.bootstrap());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class.getName());
    props.put(RegistrySerdeConfig.SCHEMA_REGISTRY_URL, sources.registry());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = topics.stream()
          .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
          .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      Instant giveUp = Instant.now().plus(READ_DEADLINE);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (Instant.now().isAfter(giveUp)) {
          throw new IllegalStateException("Could not read " + topics + " to their end within " + READ_DEADLINE);
        }
        for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(500))) {
          each.accept(record.value());
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
        for (Message message : inbox.getMessages()) {
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
