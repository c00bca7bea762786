package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.IssuedKey;
import io.supportflow.contracts.domain.TenantEntry;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * State first, announcement after (docs/adr/0003): a stored key or tenant is put on its compacted
 * topic at once, and what fails stays unpublished for {@link #announceAllPending()}. After each send
 * the stored state is read again and sent again while it is newer, so the last record of a key on
 * the topic is always its newest state, even when a relay and an edit send at the same time (a
 * revocation is never followed by an older state).
 */
public record AnnounceTenantsAndKeys(TenantEntries tenants, IssuedKeys keys, TenantAnnouncer announcer) {

  private static final System.Logger LOG = System.getLogger(AnnounceTenantsAndKeys.class.getName());

  /** Best effort right after a change; false when it stays pending for the relay. */
  public boolean announce(IssuedKey key) {
    try {
      IssuedKey sent = key;
      while (true) {
        announcer.announce(sent);
        keys.markPublished(sent.digest(), sent.version());
        Optional<IssuedKey> stored = keys.byDigest(sent.digest());
        if (stored.isEmpty() || stored.get().version() <= sent.version()) {
          return true;
        }
        sent = stored.get();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Key " + key.prefix() + "… of tenant " + key.tenantId() + " stays unpublished: "
          + e.getMessage());
      return false;
    }
  }

  public boolean announce(TenantEntry entry) {
    try {
      announcer.announce(entry);
      tenants.markPublished(entry.tenantId(), entry.version());
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Tenant " + entry.tenantId() + " stays unpublished: " + e.getMessage());
      return false;
    }
  }

  /** The relay's round: every tenant entry and key state not yet on its topic. */
  public int announceAllPending() {
    int published = 0;
    for (TenantEntry entry : tenants.unpublished()) {
      published += announce(entry) ? 1 : 0;
    }
    for (IssuedKey key : keys.unpublished()) {
      published += announce(key) ? 1 : 0;
    }
    return published;
  }
}
