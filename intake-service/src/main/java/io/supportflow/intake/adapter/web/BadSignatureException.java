package io.supportflow.intake.adapter.web;

/** A webhook's signature is missing, stale or wrong; the message says which, never the secret. */
class BadSignatureException extends RuntimeException {

  BadSignatureException(String reason) {
    super(reason);
  }
}
