package org.ictindex.scoring.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.engine.PublicationRecipe;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.ModelValidation;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.PackageReadResult;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.YearRange;
import org.ictindex.scoring.results.ResultsComparison;
import org.ictindex.scoring.results.ResultsCsv;
import org.ictindex.scoring.results.ResultsFormatException;
import org.ictindex.scoring.results.ResultsJson;

/**
 * The offline verifier's command line: {@code validate}, {@code results} and {@code verify} (see
 * docs/CLI.md). Messages are in Vietnamese unless {@code --lang en}; the user never sees a stack
 * trace.
 */
public final class Main {

  /** The command did what was asked: the package is valid, the results match. */
  public static final int OK = 0;

  /** The package is invalid, the results differ, or an input file cannot be read. */
  public static final int FAILED = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  /** Something unexpected went wrong: a defect to report, with the message printed. */
  public static final int UNEXPECTED = 3;

  private static final int MAX_DRAWS = 1_000_000;

  private final PrintStream out;
  private final PrintStream err;
  private String language = "vi";

  private Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    // Results are UTF-8 whatever the console's encoding, so that redirected output is exact.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs one command, writing its output to {@code out} and messages to {@code err}.
   *
   * @return the exit code: {@link #OK}, {@link #FAILED}, {@link #USAGE} or {@link #UNEXPECTED}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Main main = new Main(out, err);
    try {
      return main.dispatch(Arguments.parse(args));
    } catch (UsageException usage) {
      err.println(usage.message(main.language));
      err.println(main.text("Xem hướng dẫn: --help", "For help: --help"));
      return USAGE;
    } catch (CommandFailed failure) {
      err.println(failure.getMessage());
      return FAILED;
    } catch (RuntimeException unexpected) {
      err.println(
          main.text("Lỗi không mong đợi: %s", "Unexpected error: %s").formatted(unexpected));
      return UNEXPECTED;
    }
  }

  private int dispatch(Arguments arguments) {
    language = arguments.language();
    if (arguments.help()) {
      out.print(Help.text(language));
      return OK;
    }
    if (arguments.command() == null) {
      throw new UsageException(
          "Thiếu lệnh: validate, results hoặc verify.",
          "No command given: validate, results or verify.");
    }
    return switch (arguments.command()) {
      case "validate" -> validate(arguments);
      case "results" -> results(arguments);
      case "verify" -> verify(arguments);
      default ->
          throw new UsageException(
              "Không có lệnh \"%s\"; các lệnh là validate, results và verify."
                  .formatted(arguments.command()),
              "There is no command \"%s\"; the commands are validate, results and verify."
                  .formatted(arguments.command()));
    };
  }

  private int validate(Arguments arguments) {
    arguments.allowOnly(Set.of("package", "previous"));
    Path path = arguments.requiredPath("package");
    Path previousPath = arguments.optionalPath("previous");
    PackageReadResult read =
        read(path, previousPath == null ? null : previousYear(load(previousPath, null)));
    if (!read.isValid()) {
      read.errors().forEach(error -> out.println(error.format(language)));
      err.println(
          text("Gói %s không hợp lệ: %s.", "The package %s is invalid: %s.")
              .formatted(path, count(read.errors().size(), "lỗi", "error", "errors")));
      return FAILED;
    }
    CyclePackage cycle = read.cyclePackage().orElseThrow();
    out.println(
        text(
                "Gói hợp lệ: năm %d, %d đơn vị, %d chỉ tiêu, %d giá trị.",
                "The package is valid: year %d, %d units, %d indicators, %d values.")
            .formatted(
                cycle.year(),
                cycle.units().size(),
                cycle.framework().indicators().size(),
                cycle.values().size()));
    return OK;
  }

  private int results(Arguments arguments) {
    arguments.allowOnly(Set.of("package", "previous", "uncertainty", "seed", "epsilon", "format"));
    String format = arguments.choice("format", List.of("json", "csv"), "json");
    Computation how = computation(arguments);
    CyclePackage previous = how.previous() == null ? null : load(how.previous(), null);
    CyclePackage cycle = load(arguments.requiredPath("package"), previous);
    CycleResults results = compute(cycle, previous, how, false);
    if (format.equals("csv")) {
      out.writeBytes(ResultsCsv.write(cycle, results));
    } else {
      out.print(ResultsJson.write(cycle, results));
    }
    out.flush();
    return OK;
  }

  private int verify(Arguments arguments) {
    arguments.allowOnly(
        Set.of("package", "previous", "expected", "uncertainty", "seed", "epsilon"));
    Path expectedPath = arguments.requiredPath("expected");
    Computation how = computation(arguments);
    CyclePackage previous = how.previous() == null ? null : load(how.previous(), null);
    CyclePackage cycle = load(arguments.requiredPath("package"), previous);
    CycleResults expected = readResults(expectedPath);
    ResultsComparison comparison =
        ResultsComparison.compare(
            expected, compute(cycle, previous, how, expected.hasRankIntervals()));
    if (comparison.matches()) {
      out.println(
          text("OK, đã kiểm tra %d đơn vị, %d số liệu", "OK, %d units, %d figures checked")
              .formatted(comparison.unitsChecked(), comparison.figuresChecked()));
      return OK;
    }
    comparison.differences().forEach(out::println);
    err.println(
        text("Kết quả tính lại khác %s ở %s.", "The recomputed results differ from %s in %s.")
            .formatted(
                expectedPath, count(comparison.differences().size(), "chỗ", "place", "places")));
    return FAILED;
  }

  /**
   * How to compute, read from the options before any work is done, so that a wrong option is
   * reported at once. What an option leaves out is the publication's ({@link PublicationRecipe}).
   *
   * @param previous the previous cycle's package, or null
   * @param draws the number of weight perturbations for rank intervals, or null when not given
   * @param seed the seed of the perturbations, or null for the publication's (the year)
   * @param epsilon their spread, or null for the publication's
   */
  private record Computation(Path previous, Integer draws, Long seed, Double epsilon) {}

  private static Computation computation(Arguments arguments) {
    if (!arguments.has("uncertainty") && (arguments.has("seed") || arguments.has("epsilon"))) {
      throw new UsageException(
          "--seed và --epsilon chỉ dùng cùng với --uncertainty.",
          "--seed and --epsilon go with --uncertainty only.");
    }
    return new Computation(
        arguments.optionalPath("previous"),
        arguments.has("uncertainty") ? arguments.integer("uncertainty", 1, MAX_DRAWS) : null,
        arguments.has("seed") ? arguments.longValue("seed") : null,
        arguments.has("epsilon") ? arguments.decimal("epsilon", 0, 1) : null);
  }

  /**
   * The package's results against the previous cycle's when given, by the publication's recipe
   * changed by the options: rank intervals when {@code --uncertainty} asks for them, or as a
   * publication draws them when {@code asPublished} (the results to verify have them).
   *
   * @param previousPackage the previous cycle's package, or null
   */
  private CycleResults compute(
      CyclePackage cycle, CyclePackage previousPackage, Computation how, boolean asPublished) {
    CycleResults previous =
        previousPackage == null ? null : Methodology.compute(previousPackage, null);
    PublicationRecipe published =
        PublicationRecipe.forPublication(cycle, previous == null ? null : previous.year());
    int draws = how.draws() != null ? how.draws() : asPublished ? published.draws() : 0;
    long seed = how.seed() != null ? how.seed() : published.seed();
    double epsilon = how.epsilon() != null ? how.epsilon() : published.epsilon();
    return new PublicationRecipe(published.previousYear(), draws, seed, epsilon)
        .compute(cycle, previous);
  }

  /**
   * A valid package, or a failure listing its errors.
   *
   * @param previous the previous cycle's package, whose units the predecessors must name, or null
   */
  private CyclePackage load(Path path, CyclePackage previous) {
    PackageReadResult read = read(path, previous == null ? null : previousYear(previous));
    if (read.isValid()) {
      return read.cyclePackage().orElseThrow();
    }
    StringBuilder message =
        new StringBuilder(
            text("Gói %s không hợp lệ (%s):", "The package %s is invalid (%s):")
                .formatted(path, count(read.errors().size(), "lỗi", "error", "errors")));
    for (PackageError error : read.errors()) {
      message.append(System.lineSeparator()).append(error.format(language));
    }
    throw new CommandFailed(message.toString());
  }

  private static ModelValidation.PreviousYear previousYear(CyclePackage previous) {
    return new ModelValidation.PreviousYear(
        previous.year(), previous.units().stream().map(Unit::code).toList());
  }

  private PackageReadResult read(Path path, ModelValidation.PreviousYear previous) {
    try {
      return new PackageReader().withYears(years()).withPrevious(previous).read(path);
    } catch (IOException unreadable) {
      throw new CommandFailed(
          text("Không đọc được %s: %s", "Cannot read %s: %s").formatted(path, unreadable));
    }
  }

  /**
   * The years a package may be of: the default range, or the one ICTINDEX_YEARS_FIRST and
   * ICTINDEX_YEARS_LAST choose, as on the server.
   */
  private static YearRange years() {
    try {
      return YearRange.fromEnvironment();
    } catch (IllegalArgumentException badSetting) {
      throw new UsageException(
          "Khoảng năm trong ICTINDEX_YEARS_FIRST/ICTINDEX_YEARS_LAST không hợp lệ: "
              + badSetting.getMessage(),
          "The years of ICTINDEX_YEARS_FIRST/ICTINDEX_YEARS_LAST are invalid: "
              + badSetting.getMessage());
    }
  }

  private CycleResults readResults(Path path) {
    try {
      String json = Files.readString(path, StandardCharsets.UTF_8);
      return ResultsJson.read(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (CharacterCodingException notUtf8) {
      throw new CommandFailed(
          text("Tệp kết quả %s không phải UTF-8.", "The results file %s is not UTF-8.")
              .formatted(path));
    } catch (IOException unreadable) {
      throw new CommandFailed(
          text("Không đọc được %s: %s", "Cannot read %s: %s").formatted(path, unreadable));
    } catch (ResultsFormatException malformed) {
      throw new CommandFailed(
          text("Tệp kết quả %s không đúng dạng: %s", "The results file %s is malformed: %s")
              .formatted(path, malformed.getMessage()));
    }
  }

  /** A count with its noun: Vietnamese nouns have one form, English ones two. */
  private String count(int count, String vietnamese, String englishOne, String englishMany) {
    return count + " " + text(vietnamese, count == 1 ? englishOne : englishMany);
  }

  private String text(String vietnamese, String english) {
    return "en".equals(language) ? english : vietnamese;
  }

  /** The command cannot go on; the message, already in the user's language, says why. */
  private static final class CommandFailed extends RuntimeException {
    CommandFailed(String message) {
      super(message);
    }
  }
}
