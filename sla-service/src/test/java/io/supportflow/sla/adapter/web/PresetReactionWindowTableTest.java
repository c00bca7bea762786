package io.supportflow.sla.adapter.web;

import static io.supportflow.businesstime.SampleCalendars.AMSTERDAM;
import static io.supportflow.businesstime.SampleCalendars.local;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.presets.PlanTermsReader;
import io.supportflow.presets.PublicHolidayCalendar;
import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.sla.application.ReactionWindowRows;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the reaction-window table of docs/policies.md through the preview by preset and tier:
 * the shipped preset must promise the row's target, and the preview must give the row's deadline
 * on the preset's own calendar (with its public holidays).
 */
class PresetReactionWindowTableTest {

  private final SlaPreviewController preview = new SlaPreviewController(new PreviewClocks(),
      new PreviewTerms(new PlanTermsReader(), new PublicHolidayCalendar()));

  @ParameterizedTest(name = "{1} {2} {3}: {4} {5} -> {7}")
  @CsvSource(textBlock = ReactionWindowRows.FIRST_RESPONSE)
  void firstResponseDeadlines(String policy, String preset, String tier, String priority, int amount, String unit,
      String calendar, String deadline) {
    firstResponse(ReactionWindowRows.RECEIVED, preset, tier, priority, amount, unit, deadline, policy);
  }

  @ParameterizedTest(name = "{1} {2} {3}: {4} {5} -> {6}")
  @CsvSource(textBlock = ReactionWindowRows.FOLLOW_UP)
  void followUpDeadlines(String policy, String preset, String tier, String priority, int amount, String unit,
      String deadline) {
    PreviewResponse.Clock followUp = clock(preview(preset, tier, priority, ReactionWindowRows.FOLLOW_UP_RECEIVED,
        List.of(entry(ReactionWindowRows.FOLLOW_UP_RESPONDED, "AGENT_RESPONDED"),
            entry(ReactionWindowRows.FOLLOW_UP_REPLIED, "CUSTOMER_REPLIED"))), "FOLLOW_UP");

    assertThat(followUp.target()).isEqualTo(new PreviewResponse.Target(priority, "FOLLOW_UP", amount, unit));
    assertThat(followUp.deadline()).as(policy).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "{0} updates {1}: {2} {3} -> {4}")
  @CsvSource(textBlock = ReactionWindowRows.UPDATES)
  void updateCadenceDeadlines(String preset, String priority, int amount, String unit, String deadline) {
    PreviewResponse.Clock update = clock(preview(preset, null, priority, ReactionWindowRows.UPDATES_RECEIVED,
        List.of(entry(ReactionWindowRows.UPDATES_RESPONDED, "AGENT_RESPONDED"))), "UPDATE");

    assertThat(update.target()).isEqualTo(new PreviewResponse.Target(priority, "UPDATE_CADENCE", amount, unit));
    assertThat(update.deadline()).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "received Saturday 10:00, {0} {4} {5} -> {7}")
  @CsvSource(textBlock = ReactionWindowRows.WEEKEND)
  void aWeekendRequest(String label, String preset, String tier, String priority, int amount, String unit,
      String calendar, String deadline) {
    firstResponse(ReactionWindowRows.WEEKEND_RECEIVED, preset, tier, priority, amount, unit, deadline, label);
  }

  /** The preset promises the row's first-response target, and a request received then is due at the row's deadline. */
  private void firstResponse(String received, String preset, String tier, String priority, int amount, String unit,
      String deadline, String row) {
    PreviewResponse.Clock first = clock(preview(preset, tier, priority, received, List.of()), "FIRST_RESPONSE");

    assertThat(first.target()).isEqualTo(new PreviewResponse.Target(priority, "FIRST_RESPONSE", amount, unit));
    assertThat(first.deadline()).as(row).isEqualTo(local(deadline));
  }

  private PreviewResponse preview(String preset, String tier, String priority, String received,
      List<PreviewRequest.TimelineEntry> activities) {
    return preview.preview(new PreviewRequest(null, preset, tier, null, null, priority, time(received), activities, null));
  }

  private static PreviewResponse.Clock clock(PreviewResponse response, String kind) {
    return response.clocks().stream().filter(c -> c.clock().equals(kind)).findFirst().orElseThrow();
  }

  private static PreviewRequest.TimelineEntry entry(String at, String kind) {
    return new PreviewRequest.TimelineEntry(time(at), kind, null);
  }

  private static OffsetDateTime time(String local) {
    return local(local).atZone(AMSTERDAM).toOffsetDateTime();
  }
}
