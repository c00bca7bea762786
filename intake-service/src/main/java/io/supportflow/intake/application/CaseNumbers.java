package io.supportflow.intake.application;

/** Hands out the next case sequence of a tenant: atomic, so any number of replicas never collide. */
public interface CaseNumbers {

  long next(String tenantId);
}
