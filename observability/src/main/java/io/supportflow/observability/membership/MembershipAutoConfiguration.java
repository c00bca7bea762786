package io.supportflow.observability.membership;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;
import org.springframework.context.annotation.Bean;

/** Every service's consumers recover fast after a restart ({@link StaticMembership}). */
@AutoConfiguration
@ConditionalOnClass(ConsumerConfigCustomizer.class)
public class MembershipAutoConfiguration {

  @Bean
  StaticMembership staticMembership(@Value("${supportflow.instance-id:}") String instanceId) {
    return new StaticMembership(instanceId);
  }
}
