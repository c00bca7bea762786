package io.supportflow.intake.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.adapter.mail.ImapMailboxPoller;
import io.supportflow.intake.adapter.mail.MimeMailReader;
import io.supportflow.intake.adapter.messaging.IdentifiedCustomers;
import io.supportflow.intake.adapter.messaging.KafkaActivityPublisher;
import io.supportflow.intake.adapter.messaging.KafkaRequestPublisher;
import io.supportflow.intake.adapter.messaging.QueuedAnnouncements;
import io.supportflow.intake.adapter.messaging.TenantDirectory;
import io.supportflow.intake.adapter.persistence.GridFsAttachmentStore;
import io.supportflow.intake.adapter.persistence.MongoCallLog;
import io.supportflow.intake.adapter.persistence.MongoCaseCustomers;
import io.supportflow.intake.adapter.persistence.MongoCaseFiles;
import io.supportflow.intake.adapter.persistence.MongoCaseNumbers;
import io.supportflow.intake.adapter.persistence.MongoCaseOrigins;
import io.supportflow.intake.adapter.persistence.MongoCaseRecords;
import io.supportflow.intake.adapter.persistence.MongoMailQuarantine;
import io.supportflow.intake.adapter.persistence.MongoMailReceipts;
import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.adapter.phone.E164Numbers;
import io.supportflow.intake.adapter.phone.WebhookSignatures;
import io.supportflow.intake.adapter.web.PublicBaseUrl;
import io.supportflow.intake.application.AnnounceOpenedCases;
import io.supportflow.intake.application.AnnouncePending;
import io.supportflow.intake.application.IdentifyCaseCustomer;
import io.supportflow.intake.application.KeepTenantEntry;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.RememberedTenants;
import io.supportflow.intake.application.ViewCase;
import io.supportflow.intake.application.agent.ActOnCase;
import io.supportflow.intake.application.alerts.ReceiveAlert;
import io.supportflow.intake.application.incidents.AlertIncidents;
import io.supportflow.intake.application.incidents.ProductSurges;
import io.supportflow.intake.application.mail.ReceiveMail;
import io.supportflow.intake.application.phone.OpenCaseFromCall;
import io.supportflow.intake.application.phone.TrackCall;
import io.supportflow.intake.application.portal.ListCustomerCases;
import io.supportflow.intake.application.portal.ReplyToOwnCase;
import io.supportflow.intake.domain.AttachmentLimits;
import io.supportflow.observability.publishing.OutboxRelay;
import io.supportflow.observability.tracing.CaseTraces;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntUnaryOperator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Wires the plain classes of intake-service together. A class built from other beans alone, with one
 * public constructor, is imported; a bean method is left where it builds more (or names a binding).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import({
  MongoTenantDirectory.class,
  MongoCaseRecords.class,
  MongoCaseFiles.class,
  MongoCaseCustomers.class,
  KafkaRequestPublisher.class,
  KafkaActivityPublisher.class,
  RecordActivity.class,
  ActOnCase.class,
  ReplyToOwnCase.class,
  ListCustomerCases.class,
  OpenCaseFromCall.class,
  WebhookSignatures.class,
  E164Numbers.class
})
@EnableConfigurationProperties({IntakeSettings.class, MongoSettings.class})
class IntakeConfiguration {

  /**
   * How long what every request asks and rarely changes (its tenant, its key's holder, the incident
   * rules) is remembered before it is read again: a change applies within it on every instance.
   */
  static final Duration REMEMBERED_FOR = Duration.ofSeconds(5);

  /** The most a relay announces in one round; the rest waits for the next. */
  static final int RELAY_BATCH = 500;

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase intakeDatabase(MongoClient client, MongoSettings mongo) {
    return client.getDatabase(mongo.database());
  }

  @Bean
  OpenCase openCase(
      MongoTenantDirectory tenantDirectory, MongoDatabase intakeDatabase,
      MongoCaseRecords caseRecords, QueuedAnnouncements caseAnnouncements, Clock clock) {
    return new OpenCase(new RememberedTenants(tenantDirectory, REMEMBERED_FOR, clock),
        new MongoCaseNumbers(intakeDatabase), caseRecords,
        new MongoCaseOrigins(intakeDatabase), caseAnnouncements, clock);
  }

  /**
   * New cases are announced off the request threads, together (docs/performance.md). At most
   * 10,000 wait (beyond that, and whatever is queued when the process dies, the relay announces);
   * at most 500 go in one produce request and one write; closing announces what is queued for up to
   * ten seconds.
   */
  @Bean
  QueuedAnnouncements caseAnnouncements(MongoCaseRecords caseRecords, KafkaRequestPublisher requestPublisher,
      Clock clock, CaseTraces traces) {
    return new QueuedAnnouncements(traces::currentTraceparent,
        new AnnounceOpenedCases(requestPublisher, caseRecords, clock)::announceAll,
        10_000, 500, Duration.ofSeconds(10));
  }

  /** The binding identifiedCustomers-in-0: contracts' decisions name the customer of cases opened without one. */
  @Bean
  IdentifiedCustomers identifiedCustomers(MongoCaseCustomers caseCustomers, ProductSurges productSurges) {
    return new IdentifiedCustomers(new IdentifyCaseCustomer(caseCustomers), productSurges);
  }

  /** The binding tenantEntries-in-0: tenants created through contracts-service, with their case-number prefix. */
  @Bean
  TenantDirectory tenantEntries(MongoTenantDirectory tenantDirectory) {
    return new TenantDirectory(new KeepTenantEntry(tenantDirectory));
  }

  @Bean
  ViewCase viewCase(MongoCaseFiles caseFiles, GridFsAttachmentStore attachmentStore) {
    return new ViewCase(caseFiles, attachmentStore);
  }

  @Bean
  ReceiveMail receiveMail(MongoTenantDirectory tenantDirectory, MongoDatabase intakeDatabase,
      MongoCaseFiles caseFiles, OpenCase openCase, RecordActivity recordActivity, MongoMailQuarantine mailQuarantine,
      GridFsAttachmentStore attachmentStore, IntakeSettings settings) {
    IntakeSettings.Attachments files = settings.attachments();
    return new ReceiveMail(tenantDirectory, tenantDirectory, new MongoMailReceipts(intakeDatabase), caseFiles,
        openCase, recordActivity, tenantDirectory, mailQuarantine, attachmentStore,
        new AttachmentLimits(files.maxCount(), files.maxFileSize().toBytes(), files.maxCaseSize().toBytes()));
  }

  @Bean
  GridFsAttachmentStore attachmentStore(MongoDatabase intakeDatabase) {
    return new GridFsAttachmentStore(intakeDatabase);
  }

  @Bean
  PublicBaseUrl publicBaseUrl(IntakeSettings settings) {
    return new PublicBaseUrl(settings.phone() == null ? null : settings.phone().publicBaseUrl());
  }

  @Bean
  MongoMailQuarantine mailQuarantine(MongoDatabase intakeDatabase) {
    return new MongoMailQuarantine(intakeDatabase);
  }

  @Bean
  MimeMailReader mimeMailReader(IntakeSettings settings) {
    return new MimeMailReader(MimeMailReader.Limits.standard((int) settings.mail().maxSize().toBytes()));
  }

  @Bean
  @ConditionalOnBooleanProperty(name = "supportflow.intake.mail.imap-enabled", matchIfMissing = true)
  ImapMailboxPoller imapMailboxPoller(MongoTenantDirectory tenantDirectory, ReceiveMail receiveMail,
      MimeMailReader mimeMailReader, Clock clock, IntakeSettings settings) {
    return new ImapMailboxPoller(tenantDirectory, receiveMail, mimeMailReader, clock, settings.mail().batch());
  }

  @Bean
  ReceiveAlert receiveAlert(MongoCaseFiles caseFiles, OpenCase openCase, RecordActivity recordActivity,
      AlertIncidents alertIncidents) {
    return new ReceiveAlert(caseFiles, openCase, recordActivity, alertIncidents);
  }

  @Bean
  TrackCall trackCall(MongoDatabase intakeDatabase, OpenCase openCase) {
    return new TrackCall(new MongoCallLog(intakeDatabase), openCase);
  }

  @Bean
  SchedulingConfigurer pendingCaseRelay(
      MongoCaseRecords caseRecords, KafkaRequestPublisher requestPublisher, Clock clock, IntakeSettings settings) {
    return pendingRelay("case(s)",
        AnnouncePending.cases(caseRecords, requestPublisher, clock, settings.relayGrace())::announceDue, settings);
  }

  @Bean
  SchedulingConfigurer pendingActivityRelay(
      MongoCaseFiles caseFiles, KafkaActivityPublisher activityPublisher, Clock clock, IntakeSettings settings) {
    return pendingRelay("case activit(ies)",
        AnnouncePending.activities(caseFiles, activityPublisher, clock, settings.relayGrace())::announceDue, settings);
  }

  /**
   * A relay of what was stored but whose announcement failed at the time, every relay-interval.
   *
   * @param pending what is announced, for the log ("case(s)")
   * @param announceDue announces up to the given number and returns how many it announced
   */
  static SchedulingConfigurer pendingRelay(String pending, IntUnaryOperator announceDue, IntakeSettings settings) {
    return OutboxRelay.every(settings.relayInterval(),
        new OutboxRelay(announced -> "Relay announced " + announced + " pending " + pending,
            "Relay could not announce pending " + pending + " yet", () -> announceDue.applyAsInt(RELAY_BATCH)));
  }
}
