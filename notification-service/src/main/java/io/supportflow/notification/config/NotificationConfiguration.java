package io.supportflow.notification.config;

import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.supportflow.notification.adapter.mail.MailTemplates;
import io.supportflow.notification.adapter.mail.ResilientNotifier;
import io.supportflow.notification.adapter.mail.SmtpConnections;
import io.supportflow.notification.adapter.mail.SmtpNotifier;
import io.supportflow.notification.adapter.messaging.IncidentMailFlow;
import io.supportflow.notification.adapter.messaging.KafkaNotificationEvents;
import io.supportflow.notification.adapter.messaging.NotifyCaseFlow;
import io.supportflow.notification.adapter.persistence.MongoEarlyEvents;
import io.supportflow.notification.adapter.persistence.MongoNotifiedCases;
import io.supportflow.notification.adapter.persistence.MongoOutbox;
import io.supportflow.notification.application.AcknowledgeRequest;
import io.supportflow.notification.application.BroadcastIncidentUpdates;
import io.supportflow.notification.application.MailDelivery;
import io.supportflow.notification.application.MailRefusedException;
import io.supportflow.notification.application.Notifier;
import io.supportflow.notification.application.NotifyCaseChanges;
import io.supportflow.notification.application.Redelivery;
import io.supportflow.notification.application.SendStatusMails;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.StatusCadence;
import io.supportflow.observability.metrics.DeferredEventMeters;
import io.supportflow.observability.publishing.OutboxRelay;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.timeline.config.TimedConsumerConfiguration;
import io.supportflow.timeline.timers.DurableCaseTimers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** Wires the plain classes of notification-service together. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import(TimedConsumerConfiguration.class)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

  /** The classpath's templates, overridden per tenant by files in the directory when one is set. */
  @Bean
  MailTemplates mailTemplates(NotificationSettings settings) {
    NotificationSettings.Templates templates = settings.notification().templates();
    return new MailTemplates(templates.directory().isEmpty() ? null : Path.of(templates.directory()),
        templates.reloadAfter());
  }

  /** SMTP connections kept open between mails (spring.mail.* says where), closed when idle (in real time,
   * not the service clock tests move) and on shutdown. */
  @Bean(destroyMethod = "close")
  SmtpConnections smtpConnections(JavaMailSenderImpl mailSender, NotificationSettings settings) {
    return new SmtpConnections(mailSender, settings.mail().connectionIdleTimeout(), Clock.systemUTC());
  }

  /** SMTP behind retry with exponential back-off and a circuit breaker; a malformed mail is not retried. */
  @Bean
  Notifier notifier(SmtpConnections smtpConnections, MailTemplates mailTemplates, NotificationSettings settings) {
    NotificationSettings.Retry retries = settings.mail().retry();
    NotificationSettings.CircuitBreaker breakerSettings = settings.mail().circuitBreaker();
    Retry retry = Retry.of("smtp", RetryConfig.custom()
        .maxAttempts(retries.maxAttempts())
        .intervalFunction(IntervalFunction.ofExponentialBackoff(retries.initialBackoff(), 2.0))
        .ignoreExceptions(MailRefusedException.class, CallNotPermittedException.class)
        .build());
    CircuitBreaker breaker = CircuitBreaker.of("smtp", CircuitBreakerConfig.custom()
        .failureRateThreshold(breakerSettings.failureRateThreshold())
        .minimumNumberOfCalls(breakerSettings.minimumCalls())
        .slidingWindowSize(Math.max(breakerSettings.minimumCalls(), 10))
        .waitDurationInOpenState(breakerSettings.waitInOpenState())
        .ignoreExceptions(MailRefusedException.class)
        .build());
    return new ResilientNotifier(new SmtpNotifier(smtpConnections, mailTemplates, settings.mail().from()), retry, breaker);
  }

  @Bean
  MailDelivery mailDelivery(MongoDatabase database, Notifier notifier, Clock clock, NotificationSettings settings) {
    NotificationSettings.Redelivery r = settings.mail().redelivery();
    return new MailDelivery(new MongoOutbox(database), notifier, clock,
        new Redelivery(r.firstWait(), r.longestWait(), r.giveUpAfter()));
  }

  @Bean
  AcknowledgeRequest acknowledgeRequest(MailDelivery mailDelivery, Clock clock) {
    return new AcknowledgeRequest(mailDelivery, clock);
  }

  /** Mails the server did not take wait in the outbox; this sends them when their time comes. */
  @Bean
  SchedulingConfigurer waitingMailSchedule(MailDelivery mailDelivery, KafkaNotificationEvents events,
      NotificationSettings settings) {
    NotificationSettings.Redelivery r = settings.mail().redelivery();
    // Each outcome is announced on notification.events, so a round logs only when it fails: Mongo or the
    // broker is away, the leases run out and the next round, or another instance, tries again.
    return OutboxRelay.every(r.every(), new OutboxRelay(null, "Waiting mails not tried this time", () -> {
      var outcomes = mailDelivery.retryWaiting(r.batch());
      outcomes.forEach(events::publish);
      return outcomes.size();
    }));
  }

  @Bean
  KafkaNotificationEvents notificationEvents(StreamBridge streamBridge) {
    return new KafkaNotificationEvents(streamBridge);
  }

  /** A due status-mail timer sends the mail (one the server does not take waits in the outbox) and announces it. */
  @Bean
  DurableCaseTimers.WakeUp wakeUp(SendStatusMails statusMails, KafkaNotificationEvents events) {
    return (caseId, dueAt) -> statusMails.due(caseId, dueAt).ifPresent(events::publish);
  }

  @Bean
  SendStatusMails sendStatusMails(MongoDatabase database, DurableCaseTimers caseTimers,
      MailDelivery mailDelivery) {
    return new SendStatusMails(new MongoNotifiedCases(database), caseTimers, mailDelivery);
  }

  @Bean
  NotifyCaseChanges notifyCaseChanges(MongoDatabase database, DurableCaseTimers caseTimers,
      MailDelivery mailDelivery, NotificationSettings settings, Clock clock,
      ObjectProvider<DeferredEventMeters> deferred) {
    return new NotifyCaseChanges(new MongoNotifiedCases(database),
        new MongoEarlyEvents(database, clock, deferred.getIfAvailable(() -> DeferredEventMeters.NONE)), caseTimers,
        mailDelivery, settings.mail().supportTeam(), clock);
  }

  @Bean
  NotifyCaseFlow notifyCaseFlow(AcknowledgeRequest acknowledgeRequest, NotifyCaseChanges notifyCaseChanges,
      KafkaNotificationEvents notificationEvents, NotificationSettings settings, IncidentMailFlow incidentMailFlow,
      CaseTraces traces) {
    NotificationSettings.DefaultStatusCadence cadence = settings.notification().defaultStatusCadence();
    Map<Priority, Duration> defaults = cadence.priorities().stream()
        .collect(Collectors.toMap(Priority::valueOf, p -> cadence.every()));
    return new NotifyCaseFlow(acknowledgeRequest, notifyCaseChanges, new StatusCadence(defaults), notificationEvents,
        traces).with(incidentMailFlow);
  }

  /** Major incidents' updates, one mail per linked case and update, read on the same binding. */
  @Bean
  IncidentMailFlow incidentMailFlow(MailDelivery mailDelivery, Clock clock, KafkaNotificationEvents notificationEvents) {
    return new IncidentMailFlow(new BroadcastIncidentUpdates(mailDelivery, clock), notificationEvents);
  }
}
