package io.supportflow.infra.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
    return read(option, v -> v, otherwise);
  }

  /** The option's value as the tool reads it ({@code Integer::valueOf}, {@code URI::create}, ...), or the default. */
  <T> T read(String option, Function<String, T> reader, T otherwise) {
    return values.containsKey(option) ? reader.apply(values.get(option)) : otherwise;
  }
}
