package io.supportflow.intake.adapter.web;

/** An inbound mail could not be read and was kept in quarantine under this id. */
class QuarantinedMailException extends RuntimeException {

  private final String quarantineId;

  QuarantinedMailException(String reason, String quarantineId) {
    super(reason);
    this.quarantineId = quarantineId;
  }

  String quarantineId() {
    return quarantineId;
  }
}
