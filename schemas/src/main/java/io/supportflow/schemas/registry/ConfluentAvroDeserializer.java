package io.supportflow.schemas.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent's wire format into the generated SpecificRecord class named by the writer's
 * schema. The writer schema comes from the registry by id; the reader schema is the class this
 * build generated, so a consumer reads events written with any BACKWARD-compatible schema.
 */
public final class ConfluentAvroDeserializer implements Deserializer<SpecificRecord> {

  private final Map<Integer, DatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();
  private SchemaRegistryClient registry;

  public ConfluentAvroDeserializer() {}

  /** For use without Kafka's reflective configuration, e.g. in tools and tests. */
  public ConfluentAvroDeserializer(SchemaRegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.registry = RegistrySerdeConfig.client(configs);
  }

  @Override
  public SpecificRecord deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    if (data.length < 5 || buffer.get() != ConfluentAvroSerializer.MAGIC_BYTE) {
      throw new SerializationException(
          "Record on " + topic + " is not in Confluent's Avro wire format (no magic byte 0 and schema id)");
    }
    int id = buffer.getInt();
    DatumReader<SpecificRecord> reader;
    try {
      reader = readers.computeIfAbsent(id, this::readerFor);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "Record on " + topic + " names schema id " + id + ", which the registry cannot give: "
              + e.getMessage(),
          e);
    }
    try {
      BinaryDecoder decoder =
          DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, null);
      return reader.read(null, decoder);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Record on " + topic + " with schema id " + id + " cannot be decoded: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private DatumReader<SpecificRecord> readerFor(int id) {
    Schema writer = registry.schemaById(id);
    Class<?> type = SpecificData.get().getClass(writer);
    if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
      throw new SerializationException(
          "Schema id " + id + " is " + writer.getFullName()
              + ", for which this service has no generated class");
    }
    Schema reader = SpecificData.get().getSchema(type);
    return new SpecificDatumReader<>(writer, reader, (SpecificData) SpecificData.getForClass(type));
  }
}
