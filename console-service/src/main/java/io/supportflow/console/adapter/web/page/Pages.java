package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.CaseNotFoundException;
import io.supportflow.console.application.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page has (who is signed in, how times read) and the page every missing case answers with. */
@ControllerAdvice(basePackageClasses = Pages.class)
class Pages {

  private final Times times;

  Pages(PageOptions options) {
    this.times = new Times(options.zone());
  }

  @ModelAttribute("me")
  SignedIn me(@AuthenticationPrincipal SignedIn me) {
    return me;
  }

  @ModelAttribute("times")
  Times times() {
    return times;
  }

  /** Another tenant's case, another customer's, or none: the same 404, so numbers reveal nothing. */
  @ExceptionHandler(CaseNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
