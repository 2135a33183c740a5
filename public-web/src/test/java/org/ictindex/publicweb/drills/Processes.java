package org.ictindex.publicweb.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running the commands a drill needs, with their output kept in a log file to show on failure. */
final class Processes {

  private Processes() {}

  /** Starts the command with its output appended to the log. */
  static Process start(ProcessBuilder builder, Path log) {
    try {
      Files.createDirectories(log.getParent());
      return builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + builder.command(), e);
    }
  }

  /** Runs the command to its end and fails, showing its output, unless it succeeds. */
  static void run(List<String> command, Path log) {
    Process process = start(new ProcessBuilder(command), log);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " did not finish:\n" + tail(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          command.get(0) + " exited with " + process.exitValue() + ":\n" + tail(log));
    }
  }

  /** Ends the process as a power cut or the kernel's out-of-memory killer would: SIGKILL. */
  static void kill(Process process) {
    process.destroyForcibly();
    awaitExit(process);
  }

  /** Asks the process to stop (SIGTERM) and waits until it has. */
  static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill(process);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitExit(Process process) {
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The end of a log, enough to see why a process failed. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }
}
