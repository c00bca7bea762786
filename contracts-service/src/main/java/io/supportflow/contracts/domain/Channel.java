package io.supportflow.contracts.domain;

/** Where a request came in. */
public enum Channel {
  PORTAL, EMAIL, PHONE, MONITORING
}
