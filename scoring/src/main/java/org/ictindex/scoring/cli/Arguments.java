package org.ictindex.scoring.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: one command word and {@code --name value} (or {@code --name=value})
 * options, in any order, plus {@code --help}.
 */
final class Arguments {

  static final String LANG = "lang";

  private final String command;
  private final Map<String, String> options;
  private final boolean help;

  private Arguments(String command, Map<String, String> options, boolean help) {
    this.command = command;
    this.options = options;
    this.help = help;
  }

  /**
   * @throws UsageException when an option lacks its value, is given twice, or a second command word
   *     appears
   */
  static Arguments parse(String[] args) {
    String command = null;
    Map<String, String> options = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
      } else if (arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        String name = equals > 0 ? arg.substring(2, equals) : arg.substring(2);
        String value;
        if (equals > 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
          value = args[++i];
        } else {
          throw new UsageException(
              "Tuỳ chọn --%s cần một giá trị.".formatted(name),
              "Option --%s needs a value.".formatted(name));
        }
        if (options.put(name, value) != null) {
          throw new UsageException(
              "Tuỳ chọn --%s được nêu hai lần.".formatted(name),
              "Option --%s is given twice.".formatted(name));
        }
      } else if (command == null) {
        command = arg;
      } else {
        throw new UsageException(
            "Thừa tham số \"%s\"; mỗi lần chỉ chạy một lệnh.".formatted(arg),
            "Unexpected argument \"%s\"; give one command at a time.".formatted(arg));
      }
    }
    return new Arguments(command, options, help);
  }

  /** The command word, or null when there is none. */
  String command() {
    return command;
  }

  boolean help() {
    return help;
  }

  /**
   * The language of messages, "vi" unless {@code --lang en}.
   *
   * @throws UsageException for another language
   */
  String language() {
    String language = options.getOrDefault(LANG, "vi");
    if (!language.equals("vi") && !language.equals("en")) {
      throw new UsageException(
          "--lang chỉ nhận vi hoặc en, không nhận \"%s\".".formatted(language),
          "--lang takes vi or en, not \"%s\".".formatted(language));
    }
    return language;
  }

  /** Rejects any option the command does not have ({@code --lang} is everyone's). */
  void allowOnly(Set<String> allowed) {
    for (String name : options.keySet()) {
      if (!name.equals(LANG) && !allowed.contains(name)) {
        throw new UsageException(
            "Lệnh %s không có tuỳ chọn --%s.".formatted(command, name),
            "The %s command has no option --%s.".formatted(command, name));
      }
    }
  }

  boolean has(String name) {
    return options.containsKey(name);
  }

  Path requiredPath(String name) {
    if (!has(name)) {
      throw new UsageException(
          "Lệnh %s cần tuỳ chọn --%s.".formatted(command, name),
          "The %s command needs the option --%s.".formatted(command, name));
    }
    return path(name);
  }

  Path optionalPath(String name) {
    return has(name) ? path(name) : null;
  }

  private Path path(String name) {
    try {
      return Path.of(options.get(name));
    } catch (InvalidPathException notAPath) {
      throw new UsageException(
          "--%s không phải là một đường dẫn hợp lệ.".formatted(name),
          "--%s is not a valid path.".formatted(name));
    }
  }

  String choice(String name, List<String> choices, String fallback) {
    String value = options.getOrDefault(name, fallback);
    if (!choices.contains(value)) {
      throw new UsageException(
          "--%s chỉ nhận %s, không nhận \"%s\"."
              .formatted(name, String.join(" hoặc ", choices), value),
          "--%s takes %s, not \"%s\".".formatted(name, String.join(" or ", choices), value));
    }
    return value;
  }

  int integer(String name, int min, int max) {
    try {
      int value = Integer.parseInt(options.get(name));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notAnInteger) {
      // reported below, as for a number out of range
    }
    throw new UsageException(
        "--%s cần một số nguyên từ %d đến %d.".formatted(name, min, max),
        "--%s needs a whole number from %d to %d.".formatted(name, min, max));
  }

  long longValue(String name) {
    try {
      return Long.parseLong(options.get(name));
    } catch (NumberFormatException notAnInteger) {
      throw new UsageException(
          "--%s cần một số nguyên.".formatted(name), "--%s needs a whole number.".formatted(name));
    }
  }

  /** A number strictly between the bounds. */
  double decimal(String name, double above, double below) {
    try {
      double value = Double.parseDouble(options.get(name));
      if (value > above && value < below) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, as for a number out of range
    }
    throw new UsageException(
        "--%s cần một số lớn hơn %s và nhỏ hơn %s.".formatted(name, above, below),
        "--%s needs a number greater than %s and less than %s.".formatted(name, above, below));
  }
}
