package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.TenantChanged;
import io.supportflow.intake.application.KeepTenantEntry;
import java.util.function.Consumer;

/** tenants.directory -> the tenant's name and case-number prefix, kept for opening its cases (docs/adr/0012). */
public record TenantDirectory(KeepTenantEntry keep) implements Consumer<TenantChanged> {

  @Override
  public void accept(TenantChanged changed) {
    keep.changed(changed.getTenantId(), changed.getName(), changed.getZone(), changed.getCaseNumberPrefix(),
        changed.getVersion());
  }
}
