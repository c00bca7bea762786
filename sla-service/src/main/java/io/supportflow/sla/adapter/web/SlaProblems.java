package io.supportflow.sla.adapter.web;

import io.supportflow.presets.PlanTermsException;
import io.supportflow.web.FieldProblem;
import io.supportflow.web.ProblemAdvice;
import io.supportflow.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The SLA API's own errors in the kit's problem+json shape; the shared ones come from {@link ProblemAdvice}. */
@RestControllerAdvice
public class SlaProblems extends ProblemAdvice {

  @Override
  protected String unreadableBodyDetail() {
    return "The request body is not valid JSON for this endpoint (times are ISO-8601 with an offset).";
  }

  /** An unknown preset, tier or contract, or a policy document that does not give the terms: what there is instead. */
  @ExceptionHandler(PlanTermsException.class)
  ResponseEntity<Object> unreadableTerms(PlanTermsException ex) {
    ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-terms", "The terms cannot be read",
        ex.getMessage());
    problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
    return answer(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Object> impossibleTimeline(IllegalArgumentException ex) {
    return answer(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "impossible-timeline",
        "The timeline cannot be evaluated", ex.getMessage()));
  }
}
