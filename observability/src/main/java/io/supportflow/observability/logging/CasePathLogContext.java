package io.supportflow.observability.logging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Names the case an HTTP request addresses by its path ({@code {caseId}} or {@code {caseNumber}})
 * on every log line the request causes, before the controller runs, so read APIs that never load
 * the case themselves (sla's clocks, escalation's walk, the console's pages) name it too. The
 * tenant is left to the code that knows it; {@link CaseLogContextFilter} clears all at the end.
 */
public final class CasePathLogContext implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
      CaseLogContext.name(null, text(path.get(CaseLogContext.CASE_ID)), text(path.get(CaseLogContext.CASE_NUMBER)));
    }
    return true;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
