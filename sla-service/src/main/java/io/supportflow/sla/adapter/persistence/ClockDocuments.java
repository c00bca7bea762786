package io.supportflow.sla.adapter.persistence;

import io.supportflow.sla.application.StartedClock;
import io.supportflow.sla.domain.ClockKind;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.ReactionWindow;
import io.supportflow.sla.domain.ResponseClock;
import io.supportflow.sla.domain.TargetUnit;
import java.util.Date;
import org.bson.Document;

/** Maps clocks to Mongo documents and back. Instants are BSON dates (millisecond precision). */
final class ClockDocuments {

  private ClockDocuments() {}

  static Document clock(StartedClock s) {
    ResponseClock c = s.clock();
    ReactionWindow w = c.window();
    return new Document("_id", c.clockId())
        .append("tenantId", s.tenantId())
        .append("caseId", c.caseId())
        .append("caseNumber", s.caseNumber())
        .append("kind", c.kind().name())
        .append("priority", c.priority().name())
        .append("target", target(w.target()))
        .append("startedAt", Date.from(w.start()))
        .append("warningAt", Date.from(w.warningAt()))
        .append("deadline", Date.from(w.deadline()))
        .append("countedMillis", 0L)
        .append("decisionEventId", s.decisionEventId())
        .append("recordedAt", Date.from(s.recordedAt()))
        // The STARTED event as emitted, so a redelivery repeats it exactly.
        .append("emitted", new Document("eventId", s.eventId())
            .append("change", "STARTED")
            .append("occurredAt", Date.from(s.occurredAt())));
  }

  static StartedClock clock(Document d) {
    Document emitted = d.get("emitted", Document.class);
    ResponseClock clock = new ResponseClock(
        d.getString("caseId"),
        ClockKind.valueOf(d.getString("kind")),
        Priority.valueOf(d.getString("priority")),
        new ReactionWindow(
            target(d.get("target", Document.class)),
            d.getDate("startedAt").toInstant(),
            d.getDate("warningAt").toInstant(),
            d.getDate("deadline").toInstant()));
    return new StartedClock(
        emitted.getString("eventId"),
        emitted.getDate("occurredAt").toInstant(),
        d.getDate("recordedAt").toInstant(),
        d.getString("decisionEventId"),
        d.getString("tenantId"),
        d.getString("caseNumber"),
        clock);
  }

  private static Document target(ReactionTarget t) {
    return new Document("priority", t.priority().name())
        .append("metric", t.metric().name())
        .append("amount", t.amount())
        .append("unit", t.unit().name());
  }

  private static ReactionTarget target(Document d) {
    return new ReactionTarget(
        Priority.valueOf(d.getString("priority")),
        ReactionMetric.valueOf(d.getString("metric")),
        d.getInteger("amount"),
        TargetUnit.valueOf(d.getString("unit")));
  }
}
