package io.supportflow.intake.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How each tenant's channels are set up; a channel without settings is off for that tenant. */
public interface TenantChannels {

  /** The addresses the desk sends from: mail from them is our own and never opens a case. */
  Set<String> supportAddresses(String tenantId);

  List<Mailbox> mailboxes();

  Optional<PhoneLine> phoneLine(String tenantId);
}
