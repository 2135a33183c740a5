package org.ictindex.domain.cycle;

import java.util.Map;
import org.ictindex.domain.language.LocalizedException;

/** Values that cannot be stored, each with its own reason; none of the batch was stored. */
public class InvalidValuesException extends LocalizedException {

  private final Map<String, LocalizedProblem> problems;

  /** Why one value was refused. */
  public record LocalizedProblem(String vi, String en) {

    public String in(String language) {
      return "en".equals(language) ? en : vi;
    }
  }

  /**
   * @param problems by indicator code
   */
  public InvalidValuesException(Map<String, LocalizedProblem> problems) {
    super(
        problems.size() + " giá trị không hợp lệ; chưa lưu gì.",
        problems.size() + " value(s) are not valid; nothing was saved.");
    this.problems = Map.copyOf(problems);
  }

  public Map<String, LocalizedProblem> problems() {
    return problems;
  }
}
