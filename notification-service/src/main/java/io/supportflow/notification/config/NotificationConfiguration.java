package io.supportflow.notification.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.notification.adapter.mail.SmtpNotifier;
import io.supportflow.notification.adapter.messaging.AcknowledgeRequestFlow;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.notification.adapter.persistence.MongoOutbox;
import io.supportflow.notification.application.AcknowledgeRequest;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.mail.javamail.JavaMailSender;

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

  @Bean
  AcknowledgeRequest acknowledgeRequest(
      MongoDatabase notificationDatabase,
      JavaMailSender mailSender,
      @Value("${supportflow.mail.from}") String from,
      Clock clock) {
    return new AcknowledgeRequest(
        new MongoOutbox(notificationDatabase), new SmtpNotifier(mailSender, from), clock);
  }

  @Bean
  AcknowledgeRequestFlow acknowledgeRequestFlow(AcknowledgeRequest acknowledgeRequest) {
    return new AcknowledgeRequestFlow(acknowledgeRequest);
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.acknowledgeRequestFlow-in-0.consumer.dlq-name}")
          String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
