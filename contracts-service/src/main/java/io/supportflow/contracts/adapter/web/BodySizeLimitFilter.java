package io.supportflow.contracts.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body (a whole tenant policy included): a declared length above the limit
 * is refused with 413 before reading, and a body without one stops being read at the limit.
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  public BodySizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      ProblemWriter.write(response, 413, "body-too-large", "Request body too large",
          "A request body may have at most " + maxBytes + " bytes.");
      return;
    }
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public ServletInputStream getInputStream() throws IOException {
        return new Bounded(request.getInputStream(), maxBytes);
      }
    }, response);
  }

  /** Thrown past the limit; Spring reports it as an unreadable body (400). */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long max) {
      super("request body exceeds " + max + " bytes");
    }
  }

  private static final class Bounded extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private long read;

    Bounded(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && ++read > max) {
        throw new BodyTooLargeException(max);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      if (n > 0 && (read += n) > max) {
        throw new BodyTooLargeException(max);
      }
      return n;
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
