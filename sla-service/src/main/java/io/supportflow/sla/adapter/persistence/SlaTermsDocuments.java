package io.supportflow.sla.adapter.persistence;

import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.mongo.CalendarDocuments;
import io.supportflow.timeline.mongo.TermsCodec;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;

/** A tracked case's terms as its "terms" sub-document: the calendar, the targets, the warning share. */
final class SlaTermsDocuments implements TermsCodec<SlaTerms> {

  @Override
  public Document write(SlaTerms t) {
    return new Document("calendar", CalendarDocuments.write(t.calendar()))
        .append("targets", t.targets().stream().map(x -> new Document("priority", x.priority().name())
            .append("metric", x.metric().name()).append("amount", x.amount()).append("unit", x.unit().name())).toList())
        .append("warningShare", t.warningShare().value())
        .append("aroundTheClockOnceWorking", t.aroundTheClockOnceWorking().stream().map(Enum::name).sorted().toList());
  }

  @Override
  public SlaTerms read(Document d) {
    return new SlaTerms(CalendarDocuments.read(d.get("calendar", Document.class)),
        d.getList("targets", Document.class).stream().map(x -> new ReactionTarget(
            Priority.valueOf(x.getString("priority")), ReactionMetric.valueOf(x.getString("metric")),
            x.getInteger("amount"), TargetUnit.valueOf(x.getString("unit")))).toList(),
        new WarningShare(d.getDouble("warningShare")),
        // A case stored before the terms carried the list has none: nothing runs round the clock.
        d.getList("aroundTheClockOnceWorking", String.class, List.of()).stream()
            .map(Priority::valueOf).collect(Collectors.toSet()));
  }
}
