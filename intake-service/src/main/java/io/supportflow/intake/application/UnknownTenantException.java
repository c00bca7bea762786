package io.supportflow.intake.application;

/** A request names a tenant this desk does not have. */
public class UnknownTenantException extends RuntimeException {

  public UnknownTenantException(String tenantId) {
    super("No tenant '" + tenantId + "' on this desk");
  }
}
