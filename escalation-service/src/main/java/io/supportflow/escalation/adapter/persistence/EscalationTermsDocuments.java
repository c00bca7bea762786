package io.supportflow.escalation.adapter.persistence;

import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationStep;
import io.supportflow.escalation.domain.OffsetUnit;
import io.supportflow.escalation.domain.Person;
import io.supportflow.escalation.domain.Roster;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.mongo.CalendarDocuments;
import io.supportflow.timeline.mongo.TermsCodec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** An escalated case's terms as its "terms" sub-document: the levels, the roster, the calendar. */
final class EscalationTermsDocuments implements TermsCodec<EscalationTerms> {

  @Override
  public Document write(EscalationTerms t) {
    List<Document> levels = new ArrayList<>();
    t.matrix().plans().forEach((priority, steps) -> steps.forEach(s -> levels.add(
        new Document("priority", priority.name()).append("amount", s.amount())
            .append("unit", s.unit().name()).append("role", s.role()))));
    return new Document("levels", levels)
        .append("raiseOnBreach", t.matrix().raiseOnBreach())
        .append("roster", t.roster().holders().entrySet().stream().map(e -> new Document("role", e.getKey())
            .append("name", e.getValue().name()).append("email", e.getValue().email())).toList())
        .append("calendar", CalendarDocuments.write(t.calendar()));
  }

  @Override
  public EscalationTerms read(Document d) {
    Map<Priority, List<EscalationStep>> plans = new EnumMap<>(Priority.class);
    for (Document l : d.getList("levels", Document.class)) {
      plans.computeIfAbsent(Priority.valueOf(l.getString("priority")), p -> new ArrayList<>())
          .add(new EscalationStep(l.getInteger("amount"), OffsetUnit.valueOf(l.getString("unit")), l.getString("role")));
    }
    Map<String, Person> holders = new HashMap<>();
    for (Document r : d.getList("roster", Document.class)) {
      holders.put(r.getString("role"), new Person(r.getString("name"), r.getString("email")));
    }
    return new EscalationTerms(new EscalationMatrix(plans, d.getBoolean("raiseOnBreach", false)),
        new Roster(holders), CalendarDocuments.read(d.get("calendar", Document.class)));
  }
}
