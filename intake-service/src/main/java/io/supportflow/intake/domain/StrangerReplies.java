package io.supportflow.intake.domain;

/**
 * What a tenant's desk does with a message to a case from someone who may not write to it (see
 * {@link ReplyAuthorisation}): open a new case for the sender (the default: nobody's request is
 * lost), or hold it in quarantine for an agent to look at.
 */
public enum StrangerReplies {
  OPEN_NEW_CASE, QUARANTINE
}
