package io.supportflow.intake.application;

import io.supportflow.intake.application.mail.Mailbox;
import io.supportflow.intake.application.phone.PhoneLine;
import io.supportflow.intake.domain.StrangerReplies;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How each tenant's channels are set up; a channel without settings is off for that tenant. */
public interface TenantChannels {

  /** The addresses the desk sends from: mail from them is our own and never opens a case. */
  Set<String> supportAddresses(String tenantId);

  List<Mailbox> mailboxes();

  Optional<PhoneLine> phoneLine(String tenantId);

  /** What the desk does with a message to a case from someone who may not write to it. */
  StrangerReplies strangerReplies(String tenantId);

  /** The tenant's own out-of-office phrases, added to the built-in ones. */
  List<String> autoReplyPhrases(String tenantId);
}
