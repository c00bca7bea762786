package io.supportflow.schemas.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a SpecificRecord in Confluent's wire format: magic byte 0, the 4-byte schema id, then the
 * Avro binary encoding. The subject is the topic's ("topic-value"), Confluent's default strategy.
 * With auto.register.schemas=false the schema must already be registered (production setting).
 */
public final class ConfluentAvroSerializer implements Serializer<SpecificRecord> {

  static final byte MAGIC_BYTE = 0;

  private final Map<Schema, DatumWriter<SpecificRecord>> writers = new ConcurrentHashMap<>();
  private SchemaRegistryClient registry;
  private boolean autoRegister;
  private boolean isKey;

  public ConfluentAvroSerializer() {}

  /** For use without Kafka's reflective configuration, e.g. in tools and tests. */
  public ConfluentAvroSerializer(SchemaRegistryClient registry, boolean autoRegister) {
    this.registry = registry;
    this.autoRegister = autoRegister;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.registry = RegistrySerdeConfig.client(configs);
    this.autoRegister = RegistrySerdeConfig.autoRegister(configs);
    this.isKey = isKey;
  }

  @Override
  public byte[] serialize(String topic, SpecificRecord record) {
    if (record == null) {
      return null;
    }
    Schema schema = record.getSchema();
    String subject = topic + (isKey ? "-key" : "-value");
    int id;
    try {
      id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "Cannot get a schema id for " + schema.getFullName() + " under subject " + subject
              + ": " + e.getMessage(),
          e);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256);
      out.write(MAGIC_BYTE);
      out.write(ByteBuffer.allocate(4).putInt(id).array());
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writers.computeIfAbsent(schema, SpecificDatumWriter::new).write(record, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot encode " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
    }
  }
}
