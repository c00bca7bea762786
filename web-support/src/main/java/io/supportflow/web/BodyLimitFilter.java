package io.supportflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.ToLongFunction;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything reads it: a declared Content-Length over the limit is
 * refused with 413 at once; a chunked body is counted while it is read, and the read fails with
 * {@link BodyTooLargeException} past the limit ({@link ProblemAdvice} answers it). It runs before
 * everything else, security included, so an oversized body is refused unread.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

  private final ToLongFunction<HttpServletRequest> limitFor;

  /** @param limitFor the limit of a request, e.g. larger for raw mail than for JSON */
  public BodyLimitFilter(ToLongFunction<HttpServletRequest> limitFor) {
    this.limitFor = limitFor;
  }

  /** The filter registered ahead of every other, Spring Security's chain included. */
  public static FilterRegistrationBean<BodyLimitFilter> registration(ToLongFunction<HttpServletRequest> limitFor) {
    FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(limitFor));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitFor.applyAsLong(request);
    if (request.getContentLengthLong() > limit) {
      response.setHeader("Connection", "close");
      Problems.write(response, Problems.tooLarge(limit));
      return;
    }
    chain.doFilter(new Bounded(request, limit), response);
  }

  private static final class Bounded extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
