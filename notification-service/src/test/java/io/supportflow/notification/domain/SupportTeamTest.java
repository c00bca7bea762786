package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SupportTeamTest {

  private static SupportTeam.RosterEntry entry(String role, String email) {
    return new SupportTeam.RosterEntry(role, "Someone", email);
  }

  @Test
  void theRosterNamesTheSupportTeamInAnyLetterCase() {
    for (String role : List.of("Support Team", "support team", "SUPPORT TEAM", " Support Team ")) {
      assertThat(SupportTeam.addressIn(List.of(
              entry("Technical Support Manager", "tsm@acme-support.example"),
              entry(role, "desk@acme-support.example"))))
          .as(role).contains("desk@acme-support.example");
    }
  }

  @Test
  void anotherRoleOrARosterWithoutOneNamesNoTeam() {
    assertThat(SupportTeam.addressIn(List.of(entry("Support Team Lead", "lead@acme-support.example")))).isEmpty();
    assertThat(SupportTeam.addressIn(List.of())).isEmpty();
  }

  @Test
  void theFirstSupportTeamEntryWithAnAddressCounts() {
    assertThat(SupportTeam.addressIn(List.of(
            entry("Support Team", " "),
            entry("support team", "desk@acme-support.example"),
            entry("Support Team", "other@acme-support.example"))))
        .contains("desk@acme-support.example");
  }
}
