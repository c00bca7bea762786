package io.supportflow.notification.config;

import com.mongodb.client.MongoClient;
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
import io.supportflow.notification.adapter.messaging.DurableStatusMailTimers;
import io.supportflow.notification.adapter.messaging.KafkaNotificationEvents;
import io.supportflow.notification.adapter.messaging.NotifyCaseFlow;
import io.supportflow.notification.adapter.persistence.MongoEarlyEvents;
import io.supportflow.notification.adapter.persistence.MongoNotifiedCases;
import io.supportflow.notification.adapter.persistence.MongoOutbox;
import io.supportflow.notification.application.AcknowledgeRequest;
import io.supportflow.notification.application.DeliveryFailedException;
import io.supportflow.notification.application.MailDelivery;
import io.supportflow.notification.application.Notifier;
import io.supportflow.notification.application.NotifyCaseChanges;
import io.supportflow.notification.application.SendStatusMails;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.StatusCadence;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.kafka.TimersFollowPartitions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Wires the plain classes of notification-service together. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase notificationDatabase(
      MongoClient client, @Value("${supportflow.mongodb.database:notification}") String name) {
    return client.getDatabase(name);
  }

  /** The classpath's templates, overridden per tenant by files in the directory when one is set. */
  @Bean
  MailTemplates mailTemplates(
      @Value("${supportflow.notification.templates.directory:}") String directory,
      @Value("${supportflow.notification.templates.reload-after:PT1M}") Duration reloadAfter) {
    return new MailTemplates(directory.isBlank() ? null : Path.of(directory), reloadAfter);
  }

  /** SMTP connections kept open between mails (spring.mail.* says where), closed when idle (in real time,
   * not the service clock tests move) and on shutdown. */
  @Bean(destroyMethod = "close")
  SmtpConnections smtpConnections(JavaMailSenderImpl mailSender,
      @Value("${supportflow.mail.connection-idle-timeout:PT30S}") Duration idleTimeout) {
    return new SmtpConnections(mailSender, idleTimeout, Clock.systemUTC());
  }

  /** SMTP behind retry with exponential back-off and a circuit breaker; a malformed mail is not retried. */
  @Bean
  Notifier notifier(SmtpConnections smtpConnections, MailTemplates mailTemplates, @Value("${supportflow.mail.from}") String from,
      @Value("${supportflow.mail.retry.max-attempts:3}") int maxAttempts,
      @Value("${supportflow.mail.retry.initial-backoff:PT0.5S}") Duration initialBackoff,
      @Value("${supportflow.mail.circuit-breaker.failure-rate-threshold:50}") float failureRate,
      @Value("${supportflow.mail.circuit-breaker.minimum-calls:5}") int minimumCalls,
      @Value("${supportflow.mail.circuit-breaker.wait-in-open-state:PT30S}") Duration waitInOpen) {
    Retry retry = Retry.of("smtp", RetryConfig.custom()
        .maxAttempts(maxAttempts)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(initialBackoff, 2.0))
        .ignoreExceptions(MailPreparationException.class, CallNotPermittedException.class)
        .build());
    CircuitBreaker breaker = CircuitBreaker.of("smtp", CircuitBreakerConfig.custom()
        .failureRateThreshold(failureRate)
        .minimumNumberOfCalls(minimumCalls)
        .slidingWindowSize(Math.max(minimumCalls, 10))
        .waitDurationInOpenState(waitInOpen)
        .ignoreExceptions(MailPreparationException.class)
        .build());
    return new ResilientNotifier(new SmtpNotifier(smtpConnections, mailTemplates, from), retry, breaker);
  }

  @Bean
  MailDelivery mailDelivery(MongoDatabase notificationDatabase, Notifier notifier, Clock clock) {
    return new MailDelivery(new MongoOutbox(notificationDatabase), notifier, clock);
  }

  @Bean
  AcknowledgeRequest acknowledgeRequest(MongoDatabase notificationDatabase, Notifier notifier, Clock clock) {
    return new AcknowledgeRequest(new MongoOutbox(notificationDatabase), notifier, clock);
  }

  @Bean
  KafkaNotificationEvents notificationEvents(StreamBridge streamBridge) {
    return new KafkaNotificationEvents(streamBridge);
  }

  /** Fires status-mail timers from memory; Mongo keeps them across crashes and rebalances. */
  @Bean(initMethod = "start", destroyMethod = "close")
  TimerScheduler timerScheduler(MongoDatabase notificationDatabase, Clock clock,
      ObjectProvider<SendStatusMails> statusMails, KafkaNotificationEvents events,
      @Value("${supportflow.notification.timer-lookahead:PT5M}") Duration lookahead) {
    return new TimerScheduler(new MongoTimerStore(notificationDatabase, Duration.ofDays(30)),
        timer -> {
          try {
            statusMails.getObject().due(timer.caseId(), timer.dueAt()).ifPresent(events::publish);
          } catch (DeliveryFailedException e) {
            events.publishFailure(e.failure());
            throw e; // left unfired: the scheduler tries it again
          }
          return timer.timerId();
        },
        clock, lookahead);
  }

  @Bean
  DurableStatusMailTimers statusMailTimers(TimerScheduler timerScheduler) {
    return new DurableStatusMailTimers(timerScheduler);
  }

  /** Timers follow the partitions Kafka assigns to this instance. */
  @Bean
  TimersFollowPartitions timersFollowPartitions(TimerScheduler timerScheduler) {
    return new TimersFollowPartitions(timerScheduler);
  }

  @Bean
  SendStatusMails sendStatusMails(MongoDatabase notificationDatabase, DurableStatusMailTimers statusMailTimers,
      MailDelivery mailDelivery) {
    return new SendStatusMails(new MongoNotifiedCases(notificationDatabase), statusMailTimers, mailDelivery);
  }

  @Bean
  NotifyCaseChanges notifyCaseChanges(MongoDatabase notificationDatabase, DurableStatusMailTimers statusMailTimers,
      MailDelivery mailDelivery, @Value("${supportflow.mail.support-team:${supportflow.mail.from}}") String supportTeam) {
    return new NotifyCaseChanges(new MongoNotifiedCases(notificationDatabase),
        new MongoEarlyEvents(notificationDatabase), statusMailTimers, mailDelivery, supportTeam);
  }

  @Bean
  NotifyCaseFlow notifyCaseFlow(AcknowledgeRequest acknowledgeRequest, NotifyCaseChanges notifyCaseChanges,
      MailDelivery mailDelivery, KafkaNotificationEvents notificationEvents,
      @Value("${spring.cloud.stream.bindings.notifyCaseFlow-in-0.consumer.max-attempts:3}") int maxAttempts,
      @Value("${supportflow.notification.default-status-cadence.priorities:P1,P2}") List<String> priorities,
      @Value("${supportflow.notification.default-status-cadence.every:PT30M}") Duration every) {
    Map<Priority, Duration> defaults = priorities.stream().map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toMap(Priority::valueOf, p -> every));
    return new NotifyCaseFlow(acknowledgeRequest, notifyCaseChanges, mailDelivery, new StatusCadence(defaults),
        notificationEvents, maxAttempts);
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.notifyCaseFlow-in-0.consumer.dlq-name}") String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
