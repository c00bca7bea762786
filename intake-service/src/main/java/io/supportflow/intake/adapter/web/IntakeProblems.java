package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.CaseNotFoundException;
import io.supportflow.intake.application.ConcurrentCaseChangeException;
import io.supportflow.intake.application.IdempotencyKeyReusedException;
import io.supportflow.intake.application.UnknownTenantException;
import io.supportflow.intake.domain.IllegalTransitionException;
import io.supportflow.intake.domain.InvalidActivityException;
import io.supportflow.web.FieldProblem;
import io.supportflow.web.ProblemAdvice;
import io.supportflow.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake's own errors in the kit's problem+json shape; the shared ones come from {@link ProblemAdvice}. */
@RestControllerAdvice
public class IntakeProblems extends ProblemAdvice {

  @ExceptionHandler(InvalidActivityException.class)
  ResponseEntity<Object> invalidActivity(InvalidActivityException ex) {
    return answer(Problems.invalid(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<Object> caseNotFound(CaseNotFoundException ex) {
    return answer(HttpStatus.NOT_FOUND, "case-not-found", "No such case",
        "There is no case with this number that this key may see.");
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<Object> illegalTransition(IllegalTransitionException ex) {
    return answer(HttpStatus.CONFLICT, "illegal-transition", "Not possible in the case's status", ex.getMessage());
  }

  @ExceptionHandler(ConcurrentCaseChangeException.class)
  ResponseEntity<Object> concurrentChange(ConcurrentCaseChangeException ex) {
    return answer(HttpStatus.CONFLICT, "concurrent-change", "The case changed meanwhile", ex.getMessage());
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ResponseEntity<Object> keyReused(IdempotencyKeyReusedException ex) {
    return answer(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
        "Idempotency-Key reused", ex.getMessage() + "; use a new key for a new request.");
  }

  @ExceptionHandler(BadSignatureException.class)
  ResponseEntity<Object> badSignature(BadSignatureException ex) {
    return answer(HttpStatus.UNAUTHORIZED, "bad-signature", "Signature not accepted", ex.getMessage());
  }

  @ExceptionHandler(QuarantinedMailException.class)
  ResponseEntity<Object> quarantined(QuarantinedMailException ex) {
    ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-mail", "Unreadable mail",
        "The mail could not be read (" + ex.getMessage() + "); it is kept in quarantine for a person to look at.");
    problem.setProperty("quarantineId", ex.quarantineId());
    return answer(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
    return answer(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This key may not do that.");
  }

  @ExceptionHandler(UnknownTenantException.class)
  ResponseEntity<Object> unknownTenant(UnknownTenantException ex) {
    return answer(HttpStatus.FORBIDDEN, "unknown-tenant", "Unknown tenant", ex.getMessage());
  }
}
