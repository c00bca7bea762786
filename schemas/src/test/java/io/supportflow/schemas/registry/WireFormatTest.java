package io.supportflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  private final ConfluentAvroDeserializer deserializer =
      new ConfluentAvroDeserializer(
          new SchemaRegistryClient("http://127.0.0.1:9/apis/ccompat/v7", null,
              java.time.Duration.ofSeconds(1)));

  @Test
  void aRecordWithoutTheMagicByteIsRefusedWithTheTopicNamed() {
    assertThatThrownBy(() -> deserializer.deserialize("intake.requests", "{\"json\":1}".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("intake.requests")
        .hasMessageContaining("not in Confluent's Avro wire format");
  }

  @Test
  void aTooShortRecordIsRefused() {
    assertThatThrownBy(() -> deserializer.deserialize("sla.events", new byte[] {0, 0, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not in Confluent's Avro wire format");
  }

  @Test
  void anUnreachableRegistryIsNamedInTheError() {
    assertThatThrownBy(() -> deserializer.deserialize("sla.events", new byte[] {0, 0, 0, 0, 7, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema id 7")
        .hasMessageContaining("could not be reached");
  }
}
