package io.supportflow.infra.bench;

import org.HdrHistogram.Histogram;

/** Percentiles of one latency histogram recorded in microseconds. */
record Latency(long count, long p50, long p99, long p999, long max) {

  static Latency of(Histogram h) {
    return new Latency(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(99),
        h.getValueAtPercentile(99.9), h.getMaxValue());
  }

  /** A histogram for latencies from a microsecond up to an hour, to three significant digits. */
  static Histogram histogram() {
    return new Histogram(1, 3_600_000_000L, 3);
  }

  @Override
  public String toString() {
    return count == 0 ? "none"
        : "p50 %s  p99 %s  p99.9 %s  max %s".formatted(ms(p50), ms(p99), ms(p999), ms(max));
  }

  static String ms(long micros) {
    return micros < 10_000 ? "%.1f ms".formatted(micros / 1000.0) : "%,d ms".formatted(micros / 1000);
  }
}
