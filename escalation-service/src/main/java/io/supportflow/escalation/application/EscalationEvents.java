package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.ReachedLevel;
import io.supportflow.timeline.CaseTimeline;

/** Announces a level reached; throws when it could not, so the level is announced again later. */
public interface EscalationEvents {

  void publish(CaseTimeline<EscalationTerms> escalatedCase, ReachedLevel level);
}
