package io.supportflow.observability.logging;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Ends the case log context with the request: a request names its case where the case becomes
 * known ({@link CaseLogContext#name}), and the server thread's next request must not inherit it.
 */
public final class CaseLogContextFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CaseLogContext.clear();
    try {
      chain.doFilter(request, response);
    } finally {
      CaseLogContext.clear();
    }
  }
}
