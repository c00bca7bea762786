package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.incidents.CaseInOtherIncidentException;
import io.supportflow.intake.application.incidents.ConcurrentIncidentChangeException;
import io.supportflow.intake.application.incidents.IncidentNotFoundException;
import io.supportflow.intake.application.incidents.StaleIncidentException;
import io.supportflow.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The major incidents' own errors in the kit's problem+json shape, asked before {@link IntakeProblems}
 * (whose catch-all would answer them as 500s); everything else is left to it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IncidentProblems {

  @ExceptionHandler(IncidentNotFoundException.class)
  ResponseEntity<Object> notFound(IncidentNotFoundException ex) {
    return Problems.answer(Problems.problem(HttpStatus.NOT_FOUND, "incident-not-found", "No such incident",
        "There is no incident with this id that this key may see."));
  }

  @ExceptionHandler(StaleIncidentException.class)
  ResponseEntity<Object> stale(StaleIncidentException ex) {
    return Problems.answer(Problems.problem(HttpStatus.PRECONDITION_FAILED, "stale-revision",
        "Incident changed since you read it", ex.getMessage()), ex.current());
  }

  @ExceptionHandler(CaseInOtherIncidentException.class)
  ResponseEntity<Object> otherIncident(CaseInOtherIncidentException ex) {
    ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "case-in-other-incident",
        "Case is part of another incident", ex.getMessage());
    problem.setProperty("incidentId", ex.incidentId());
    return Problems.answer(problem);
  }

  @ExceptionHandler(ConcurrentIncidentChangeException.class)
  ResponseEntity<Object> concurrent(ConcurrentIncidentChangeException ex) {
    return Problems.answer(Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "The incident changed meanwhile",
        ex.getMessage()));
  }
}
