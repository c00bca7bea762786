package io.supportflow.schemas.registry;

/** The registry refused, could not be reached, or does not know a schema. The message says which. */
public class SchemaRegistryException extends RuntimeException {

  private final int httpStatus;
  private final int errorCode;

  public SchemaRegistryException(String message, int httpStatus, int errorCode) {
    super(message);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.httpStatus = -1;
    this.errorCode = -1;
  }

  /** HTTP status of the registry's answer, or -1 when there was none. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Confluent error code (40403 schema not found, 409 incompatible, ...), or -1. */
  public int errorCode() {
    return errorCode;
  }
}
