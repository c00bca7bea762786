package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.ConflictException;
import io.supportflow.contracts.application.KeysRevisionRequiredException;
import io.supportflow.contracts.application.NotFoundException;
import io.supportflow.contracts.application.RevisionRequiredException;
import io.supportflow.contracts.application.StaleKeysException;
import io.supportflow.contracts.application.StalePolicyException;
import io.supportflow.contracts.domain.PolicyViolation;
import io.supportflow.web.FieldProblem;
import io.supportflow.web.ProblemAdvice;
import io.supportflow.web.Problems;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * The admin API's own errors in the kit's problem+json shape: a policy rule broken while the
 * document is read names its path (e.g. customers[2].contacts[0].email); 403 for another tenant,
 * 404, 409, 412 for an edit of a stale revision, 428 for one without If-Match where the tenant
 * requires it. The shared ones come from {@link ProblemAdvice}.
 */
@RestControllerAdvice
public class ContractsProblems extends ProblemAdvice {

  @Override
  protected String unreadableBodyDetail() {
    return "The request body is not valid JSON or YAML for this endpoint.";
  }

  @Override
  protected ProblemDetail unreadable(Throwable ex) {
    Optional<PolicyViolation> violation = cause(ex, PolicyViolation.class);
    if (violation.isEmpty()) {
      return super.unreadable(ex);
    }
    String at = cause(ex, JacksonException.class).map(ProblemAdvice::path).orElse("");
    return Problems.invalid(List.of(new FieldProblem(join(at, violation.get().field()), violation.get().problem())));
  }

  @ExceptionHandler(PolicyViolation.class)
  ResponseEntity<Object> violation(PolicyViolation ex) {
    return answer(Problems.invalid(List.of(new FieldProblem(ex.field(), ex.problem()))));
  }

  /** What a use case refused, in its words: 404, 409, or 403 for another tenant's data. */
  @ExceptionHandler({NotFoundException.class, ConflictException.class, TenantPrincipal.OtherTenantException.class})
  ResponseEntity<Object> refused(RuntimeException ex) {
    return switch (ex) {
      case NotFoundException e -> answer(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
      case ConflictException e -> answer(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
      case TenantPrincipal.OtherTenantException e -> answer(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
      default -> throw new IllegalStateException("not a refusal", ex);
    };
  }

  /**
   * An edit refused for its revision: 412 against a stale one, 428 without If-Match where the
   * tenant requires it; the current revision goes beside it as ETag.
   */
  @ExceptionHandler({StalePolicyException.class, RevisionRequiredException.class, StaleKeysException.class,
      KeysRevisionRequiredException.class})
  ResponseEntity<Object> revisionRefused(RuntimeException ex) {
    return switch (ex) {
      case StalePolicyException e -> Problems.answer(stale("Policy changed since you read it", e), e.current());
      case StaleKeysException e -> Problems.answer(stale("Keys changed since you read them", e), e.current());
      case RevisionRequiredException e -> Problems.answer(ifMatchRequired(e), e.current());
      case KeysRevisionRequiredException e -> Problems.answer(ifMatchRequired(e), e.current());
      default -> throw new IllegalStateException("not a refused revision", ex);
    };
  }

  private static ProblemDetail stale(String title, RuntimeException ex) {
    return Problems.problem(HttpStatus.PRECONDITION_FAILED, "stale-revision", title, ex.getMessage());
  }

  private static ProblemDetail ifMatchRequired(RuntimeException ex) {
    return Problems.problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required", ex.getMessage());
  }

  private static String join(String at, String field) {
    if (at.isEmpty()) {
      return field;
    }
    return at.endsWith(field) ? at : at + "." + field;
  }
}
