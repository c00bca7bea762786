package io.supportflow.console.adapter.web.api;

/** No case of this number that the caller's tenant may see (unknown and another tenant's alike). */
final class CaseViewNotFoundException extends RuntimeException {

  CaseViewNotFoundException() {
    super("No such case");
  }
}
