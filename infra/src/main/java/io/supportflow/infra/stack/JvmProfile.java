package io.supportflow.infra.stack;

import java.util.List;

/**
 * How the stack's service JVMs are tuned. Ten JVMs booting on two cores start fastest with the
 * quick compiler alone and small heaps; a load test wants the optimising compiler (C2) and room to
 * allocate, and pays for it with a slower start. Benchmark figures say which profile ran.
 */
public enum JvmProfile {
  /** The default: C1 only, 512 MiB, the serial collector. */
  STARTUP("startup", List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),
  /** For {@code bin/benchmark}: tiered compilation up to C2, 1 GiB, the serial collector (two cores). */
  THROUGHPUT("throughput", List.of("-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"));

  private final String label;
  private final List<String> options;

  JvmProfile(String label, List<String> options) {
    this.label = label;
    this.options = options;
  }

  /** The java options of each service JVM; the startup cache is trained with the same ones. */
  public List<String> options() {
    return options;
  }

  /** As the banner and the benchmark's figures name it. */
  public String label() {
    return label;
  }

  /** The startup cache's folder name: one cache per profile, since the cache records the flags. */
  public String cacheFolder() {
    return this == STARTUP ? "startup-cache" : "startup-cache-" + label;
  }
}
