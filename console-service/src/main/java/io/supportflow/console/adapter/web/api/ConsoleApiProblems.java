package io.supportflow.console.adapter.web.api;

import io.supportflow.web.ProblemAdvice;
import io.supportflow.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The console API's own errors in the kit's problem+json shape; the shared ones come from {@link ProblemAdvice}. */
@RestControllerAdvice(basePackageClasses = ConsoleApiProblems.class)
public class ConsoleApiProblems extends ProblemAdvice {

  @ExceptionHandler(CaseViewNotFoundException.class)
  ResponseEntity<Object> caseNotFound(CaseViewNotFoundException ex) {
    return answer(Problems.problem(HttpStatus.NOT_FOUND, "case-not-found", "No such case",
        "There is no case with this number that this key may see."));
  }
}
