package io.supportflow.contracts.adapter.presets;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Preset;
import io.supportflow.contracts.domain.SupportPlan;
import io.supportflow.presets.PlanTerms;
import io.supportflow.presets.PlanTermsReader;
import org.junit.jupiter.api.Test;

/**
 * The policy format has two readers (docs/adr/0007): contracts-service's, which checks and keeps a
 * whole document, and presets' PlanTermsReader, which reads only what timing needs for sla's
 * preview. For every plan of every preset both must read the same timing terms.
 */
class PresetReadersAgreeTest {

  private final ClasspathPresetCatalog contracts = new ClasspathPresetCatalog(PolicyFormat.yaml());
  private final PlanTermsReader timing = new PlanTermsReader();

  @Test
  void bothReadersReadTheSameTargetsCalendarAndRoundTheClockPrioritiesOfEveryPlan() {
    int plans = 0;
    for (Preset preset : contracts.all()) {
      for (SupportPlan plan : preset.plans()) {
        PlanTerms terms = timing.preset(preset.name(), preset.plans().size() == 1 ? null : plan.tier());
        CoverageCalendar calendar = preset.calendar(plan.calendarId()).orElseThrow();
        String at = preset.name() + " " + plan.tier();

        assertThat(terms.targets()).as(at).map(t -> t.priority() + " " + t.metric() + " " + t.amount() + " " + t.unit())
            .containsExactlyInAnyOrderElementsOf(plan.targets().stream()
                .map(t -> t.priority() + " " + t.metric() + " " + t.amount() + " " + t.unit()).toList());
        assertThat(terms.aroundTheClockOnceWorking()).as(at)
            .containsExactlyInAnyOrderElementsOf(plan.aroundTheClockOnceWorking().stream().map(Enum::name).toList());
        assertThat(terms.calendar().zone()).as(at).isEqualTo(calendar.zone());
        assertThat(terms.calendar().weeklyHours()).as(at).map(h -> h.days() + " " + h.from() + "-" + h.to())
            .containsExactlyElementsOf(calendar.weeklyHours().stream().map(h -> h.days() + " " + h.from() + "-" + h.to()).toList());
        assertThat(terms.calendar().extraCoverage()).as(at).hasSize(calendar.extraCoverage().size());
        plans++;
      }
    }
    assertThat(plans).as("plans compared: 1 + 1 + 2 + 3 + 1 across the five presets").isEqualTo(8);
  }
}
