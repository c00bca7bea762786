package io.supportflow.infra.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.supportflow.infra.dlq.DeadLetter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/** Writes records as JSON lines or as CSV rows with a header. */
sealed interface EventWriter {

  void write(EventRecord record);

  /** One JSON object a line: where the record sits, its key, its type and the event itself. */
  record JsonLines(PrintStream out) implements EventWriter {

    @Override
    public void write(EventRecord record) {
      ObjectNode line = JsonNodeFactory.instance.objectNode();
      line.put("topic", record.topic());
      line.put("partition", record.partition());
      line.put("offset", record.offset());
      line.put("timestamp", record.timestamp().toString());
      line.put("key", record.key());
      if (record.deadLetter() != null) {
        DeadLetter letter = record.deadLetter();
        ObjectNode dead = line.putObject("deadLetter");
        dead.put("originalTopic", letter.originalTopic());
        dead.put("originalPartition", letter.originalPartition());
        dead.put("originalOffset", letter.originalOffset());
        dead.put("reason", letter.reason());
        dead.put("exceptionClass", letter.exceptionClass());
      }
      line.put("type", record.type());
      line.set("event", AvroValues.json(record.event()));
      if (record.error() != null) {
        line.put("error", record.error());
        line.put("valueBase64", record.value() == null ? null : Base64.getEncoder().encodeToString(record.value()));
      }
      out.println(line);
    }
  }

  /**
   * RFC 4180 CSV: the record's position and key, then one column per field of the topic's event, nested
   * records flattened with dotted names. On a dead-letter topic, where each record may hold another type,
   * the columns say where it came from and the event is one JSON column.
   */
  final class Csv implements EventWriter {

    private static final List<String> POSITION = List.of("topic", "partition", "offset", "timestamp", "key");
    private static final List<String> DEAD_LETTER = List.of("originalTopic", "originalPartition", "originalOffset",
        "reason", "exceptionClass", "type", "event", "error");

    private final PrintStream out;
    private final List<String> eventColumns;

    /** @param event the topic's event schema; null for a dead-letter topic */
    Csv(PrintStream out, Schema event) {
      this.out = out;
      this.eventColumns = event == null ? null : AvroValues.columns(event);
      row(Stream.concat(POSITION.stream(), (event == null ? DEAD_LETTER : eventColumns).stream()).toList());
    }

    @Override
    public void write(EventRecord record) {
      List<String> cells = new ArrayList<>(List.of(record.topic(), String.valueOf(record.partition()),
          String.valueOf(record.offset()), record.timestamp().toString(), String.valueOf(record.key())));
      if (eventColumns == null) {
        DeadLetter letter = record.deadLetter();
        cells.addAll(letter == null ? List.of("", "", "", "", "")
            : List.of(letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.reason(),
                letter.exceptionClass()));
        cells.add(record.type() == null ? "" : record.type());
        cells.add(record.event() == null ? "" : AvroValues.json(record.event()).toString());
        cells.add(record.error() == null ? "" : record.error());
      } else if (record.event() == null) {
        eventColumns.forEach(c -> cells.add(""));
      } else {
        eventColumns.forEach(c -> cells.add(AvroValues.cell(record.event(), c)));
      }
      row(cells);
    }

    private void row(List<String> cells) {
      out.print(String.join(",", cells.stream().map(Csv::quoted).toList()) + "\r\n");
    }

    static String quoted(String cell) {
      if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
        return cell;
      }
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
  }
}
