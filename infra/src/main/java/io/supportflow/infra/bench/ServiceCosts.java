package io.supportflow.infra.bench;

import io.supportflow.infra.stack.PlatformService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each service spent on a run: process CPU time and MongoDB commands (round trips), read from
 * its Prometheus endpoint before and after, so every benchmark shows where the next bound is. The
 * figures are whole-process: a service's background work in the window (timers, relays, lag
 * gauges) counts too, which at benchmark rates is small beside the cases.
 */
final class ServiceCosts {

  /** One service's counters at one moment; NaN where the service did not answer. */
  record Counters(double cpuSeconds, double mongoCommands) {}

  private static final Counters UNKNOWN = new Counters(Double.NaN, Double.NaN);

  private final List<PlatformService> services;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ServiceCosts(List<PlatformService> services) {
    this.services = services;
  }

  Map<String, Counters> sample() {
    Map<String, Counters> byService = new LinkedHashMap<>();
    for (PlatformService service : services) {
      Counters counters = read(service);
      // Further instances are listed when the stack runs them (bin/local-stack --instances N).
      if (service.instance() == 1 || !Double.isNaN(counters.cpuSeconds())) {
        byService.put(service.instanceName(), counters);
      }
    }
    return byService;
  }

  private Counters read(PlatformService service) {
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(service.metricsUrl())).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? parse(response.body()) : UNKNOWN;
    } catch (IOException e) {
      return UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNKNOWN;
    }
  }

  /**
   * The process CPU time (Micrometer's {@code process.cpu.time}, in the unit its name carries) and
   * the count of MongoDB driver commands summed over every command and collection.
   */
  static Counters parse(String prometheusText) {
    double cpu = Double.NaN;
    double mongo = 0;
    for (String line : prometheusText.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String name = line.substring(0, nameEnd(line));
      double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      if (name.startsWith("process_cpu_time_")) {
        cpu = name.contains("_seconds") ? value : name.contains("_ms") ? value / 1e3 : value / 1e9;
      } else if (name.equals("mongodb_driver_commands_seconds_count")) {
        mongo += value;
      }
    }
    return new Counters(cpu, mongo);
  }

  private static int nameEnd(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    return brace >= 0 && brace < space ? brace : space;
  }

  /**
   * The CPU time each of the other processes on the machine has used so far (the broker, the
   * registry, the wire server, the mail server, the load generator itself), in seconds; NaN for one
   * that is not running. Read from the operating system, since they have no Prometheus endpoint.
   */
  static Map<String, Double> processCpuSeconds(Map<String, Optional<ProcessHandle>> processes) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    processes.forEach((name, process) -> seconds.put(name, process.flatMap(p -> p.info().totalCpuDuration())
        .map(d -> d.toNanos() / 1e9).orElse(Double.NaN)));
    return seconds;
  }

  /**
   * The rest of the machine's CPU per case, and what the whole adds up to: on {@code cores} cores,
   * CPU alone bounds the stack at {@code cores * 1000 / ms-per-case} cases a second, whatever waits
   * on I/O, so this line says how far a run is from the bound and which process to work on next.
   */
  static String wholeMachine(Map<String, Double> before, Map<String, Double> after, double servicesCpuPerCase,
      long cases, int cores) {
    StringBuilder t = new StringBuilder();
    double total = servicesCpuPerCase;
    for (Map.Entry<String, Double> e : after.entrySet()) {
      double cpu = (e.getValue() - before.getOrDefault(e.getKey(), Double.NaN)) * 1e3 / cases;
      if (Double.isNaN(cpu)) {
        t.append(String.format(Locale.ROOT, "    %-22s %14s%n", e.getKey(), "n/a"));
        continue;
      }
      total += cpu;
      t.append(String.format(Locale.ROOT, "    %-22s %14.2f%n", e.getKey(), cpu));
    }
    t.append(String.format(Locale.ROOT, "    %-22s %14.2f   -> CPU alone bounds %d cores at about %,.0f cases/s%n",
        "whole machine", total, cores, cores * 1000 / total));
    return t.toString();
  }

  /** The services' CPU milliseconds per case, summed (as {@link #table} prints it on its last line). */
  static double servicesCpuPerCase(Map<String, Counters> before, Map<String, Counters> after, long cases) {
    double total = 0;
    for (Map.Entry<String, Counters> e : after.entrySet()) {
      double cpu = (e.getValue().cpuSeconds() - before.getOrDefault(e.getKey(), UNKNOWN).cpuSeconds()) * 1e3 / cases;
      total += Double.isNaN(cpu) ? 0 : cpu;
    }
    return total;
  }

  /** A table of CPU milliseconds and MongoDB commands per case, per service and in total. */
  static String table(Map<String, Counters> before, Map<String, Counters> after, long cases) {
    StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "    %-22s %14s %16s%n", "service",
        "CPU ms/case", "Mongo cmds/case"));
    double cpuTotal = 0;
    double mongoTotal = 0;
    for (Map.Entry<String, Counters> e : after.entrySet()) {
      Counters b = before.getOrDefault(e.getKey(), UNKNOWN);
      double cpu = (e.getValue().cpuSeconds() - b.cpuSeconds()) * 1e3 / cases;
      double mongo = (e.getValue().mongoCommands() - b.mongoCommands()) / cases;
      if (Double.isNaN(cpu) && Double.isNaN(mongo)) {
        t.append(String.format(Locale.ROOT, "    %-22s %14s %16s%n", e.getKey(), "n/a", "n/a"));
        continue;
      }
      cpuTotal += Double.isNaN(cpu) ? 0 : cpu;
      mongoTotal += Double.isNaN(mongo) ? 0 : mongo;
      t.append(String.format(Locale.ROOT, "    %-22s %14.2f %16.2f%n", e.getKey(), cpu, mongo));
    }
    t.append(String.format(Locale.ROOT, "    %-22s %14.2f %16.2f%n", "all services", cpuTotal, mongoTotal));
    return t.toString();
  }
}
