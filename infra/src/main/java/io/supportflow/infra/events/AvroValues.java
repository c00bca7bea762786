package io.supportflow.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Decoded Avro values as plain JSON (unions unwrapped, timestamps as ISO instants, enums as their
 * symbols, bytes in base64) and as flat columns: nested records spread into dotted names.
 */
final class AvroValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroValues() {}

  static JsonNode json(Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case IndexedRecord record -> {
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
          object.set(field.name(), json(record.get(field.pos())));
        }
        yield object;
      }
      case List<?> list -> {
        ArrayNode array = NODES.arrayNode();
        list.forEach(item -> array.add(json(item)));
        yield array;
      }
      case Map<?, ?> map -> {
        ObjectNode object = NODES.objectNode();
        map.forEach((k, v) -> object.set(String.valueOf(k), json(v)));
        yield object;
      }
      case Boolean b -> NODES.booleanNode(b);
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Float f -> NODES.numberNode(f);
      case Double d -> NODES.numberNode(d);
      case BigDecimal d -> NODES.numberNode(d);
      case ByteBuffer bytes -> NODES.textNode(base64(bytes));
      case GenericFixed fixed -> NODES.textNode(Base64.getEncoder().encodeToString(fixed.bytes()));
      // Strings, enum symbols, and the java.time types of logical types print as they should.
      default -> NODES.textNode(value.toString());
    };
  }

  /**
   * The column names of a record schema: one per field, a nested record (or a record-or-null) spread
   * into its own fields as {@code field.subfield}.
   */
  static List<String> columns(Schema record) {
    List<String> columns = new ArrayList<>();
    addColumns(record, "", columns);
    return List.copyOf(columns);
  }

  /** The cell of a dotted column: text for a scalar, JSON for a list, map or union of records; "" for null. */
  static String cell(IndexedRecord record, String column) {
    Object value = record;
    for (String part : column.split("\\.")) {
      if (!(value instanceof IndexedRecord r) || r.getSchema().getField(part) == null) {
        return "";
      }
      value = r.get(r.getSchema().getField(part).pos());
    }
    return switch (value) {
      case null -> "";
      case List<?> ignored -> json(value).toString();
      case Map<?, ?> ignored -> json(value).toString();
      case IndexedRecord ignored -> json(value).toString();
      default -> json(value).asText();
    };
  }

  private static void addColumns(Schema record, String prefix, List<String> columns) {
    for (Schema.Field field : record.getFields()) {
      Schema type = nonNull(field.schema());
      if (type.getType() == Schema.Type.RECORD) {
        addColumns(type, prefix + field.name() + ".", columns);
      } else {
        columns.add(prefix + field.name());
      }
    }
  }

  /** The one non-null branch of a union with null, else the schema itself. */
  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    List<Schema> branches = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return branches.size() == 1 ? branches.getFirst() : schema;
  }

  private static String base64(ByteBuffer bytes) {
    ByteBuffer copy = bytes.duplicate();
    byte[] array = new byte[copy.remaining()];
    copy.get(array);
    return Base64.getEncoder().encodeToString(array);
  }
}
