package io.supportflow.timeline.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.timeline.CaseContext;
import io.supportflow.timeline.messaging.TracedCases;
import io.supportflow.timeline.timers.DurableCaseTimers;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.kafka.TimersFollowPartitions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
/**
 * The wiring every service on the kit had written alike, once: the clock, the service's database,
 * the durable scheduler that wakes its cases (held in memory, kept in Mongo across crashes and
 * rebalances), the timers following the partitions Kafka assigns to the instance, the case timers
 * of the service's kind, the trace a poll's replays continue, and the dead-letter handler of its poll binding. A service imports it,
 * sets supportflow.mongodb and supportflow.consumer ({@link ConsumerSettings}) in its
 * application.yml and supplies a {@link DurableCaseTimers.WakeUp}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MongodbSettings.class, ConsumerSettings.class})
@Import({
  TimersFollowPartitions.class
})
public class TimedConsumerConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase database(MongoClient client, MongodbSettings settings) {
    return client.getDatabase(settings.database());
  }

  /** The wake-up is looked up when a timer fires: it needs the case timers, which need this scheduler. */
  @Bean(initMethod = "start", destroyMethod = "close")
  TimerScheduler timerScheduler(MongoDatabase database, Clock clock, ConsumerSettings consumer,
      ObjectProvider<DurableCaseTimers.WakeUp> wakeUp) {
    return DurableCaseTimers.scheduler(database, DurableCaseTimers.FIRED_RETENTION, clock, consumer.timerLookahead(),
        (caseId, dueAt) -> wakeUp.getObject().wake(caseId, dueAt));
  }

  @Bean
  DurableCaseTimers caseTimers(TimerScheduler timerScheduler, ConsumerSettings consumer) {
    return new DurableCaseTimers(timerScheduler, consumer.timerKind());
  }

  /** A case's replay in a poll runs in the trace of the record that caused it. */
  @Bean
  CaseContext caseContext(CaseTraces traces, @Value("${spring.application.name}") String service) {
    return new TracedCases(traces, service);
  }
}
