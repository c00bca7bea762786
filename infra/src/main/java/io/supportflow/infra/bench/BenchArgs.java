package io.supportflow.infra.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command line of a bench tool: {@code --name value} pairs and bare flags, each one the tool
 * names. {@code --help} (or {@code -h}) and an unknown option throw an IllegalArgumentException,
 * the first with an empty message (the tool prints its usage), the second naming the option; a
 * value is read when the tool asks for it, so a malformed number fails there.
 */
final class BenchArgs {

  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  private BenchArgs() {}

  static BenchArgs parse(String[] args, Set<String> options, Set<String> flags) {
    BenchArgs parsed = new BenchArgs();
    for (int i = 0; i < args.length; i++) {
      if (flags.contains(args[i])) {
        parsed.flags.add(args[i]);
      } else if (options.contains(args[i])) {
        parsed.values.put(args[i], i + 1 < args.length ? args[i + 1] : "");
        i++;
      } else if (args[i].equals("--help") || args[i].equals("-h")) {
        throw new IllegalArgumentException("");
      } else {
        throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    return parsed;
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  String text(String option, String otherwise) {
    return values.getOrDefault(option, otherwise);
  }

  int integer(String option, int otherwise) {
    return values.containsKey(option) ? Integer.parseInt(values.get(option)) : otherwise;
  }

  /** The option's whole number, null when it was not given. */
  Integer integer(String option) {
    return values.containsKey(option) ? Integer.parseInt(values.get(option)) : null;
  }

  long longInteger(String option, long otherwise) {
    return values.containsKey(option) ? Long.parseLong(values.get(option)) : otherwise;
  }

  double decimal(String option, double otherwise) {
    return values.containsKey(option) ? Double.parseDouble(values.get(option)) : otherwise;
  }

  /** The option's number, null when it was not given. */
  Double decimal(String option) {
    return values.containsKey(option) ? Double.parseDouble(values.get(option)) : null;
  }

  URI uri(String option, URI otherwise) {
    return values.containsKey(option) ? URI.create(values.get(option)) : otherwise;
  }

  /** The option's path, null when it was not given. */
  Path path(String option) {
    return values.containsKey(option) ? Path.of(values.get(option)) : null;
  }
}
