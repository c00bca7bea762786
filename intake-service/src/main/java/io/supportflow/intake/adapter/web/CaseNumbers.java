package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.CaseNotFoundException;
import java.util.regex.Pattern;

/** A case number from a URL is checked for its shape before it goes anywhere near a query. */
final class CaseNumbers {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{1,9}-\\d{6,12}");

  private CaseNumbers() {}

  static String checked(String caseNumber) {
    if (caseNumber == null || !SHAPE.matcher(caseNumber).matches()) {
      throw new CaseNotFoundException("(malformed)");
    }
    return caseNumber;
  }
}
