package io.supportflow.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page (errors raised outside Spring MVC's handlers, e.g. in a
 * filter) as problem+json instead of Boot's default JSON or HTML; never with internals.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
        : HttpStatus.INTERNAL_SERVER_ERROR;
    ProblemDetail problem = status.is5xxServerError() ? Problems.internal()
        : Problems.problem(status, status == HttpStatus.NOT_FOUND ? "not-found" : "rejected",
            status.getReasonPhrase(), "The request could not be handled as sent.");
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
