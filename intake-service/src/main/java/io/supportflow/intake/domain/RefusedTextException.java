package io.supportflow.intake.domain;

/**
 * A field holds characters no channel accepts (see {@link InputHygiene}). It is an invalid field
 * like any other: a 400 naming the field over HTTP, quarantine for a mail.
 */
public class RefusedTextException extends InvalidActivityException {

  public RefusedTextException(String field, String message) {
    super(field, message);
  }
}
