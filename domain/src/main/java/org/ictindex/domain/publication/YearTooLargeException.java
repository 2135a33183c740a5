package org.ictindex.domain.publication;

import java.sql.SQLException;
import java.util.Optional;
import org.ictindex.domain.language.LocalizedException;

/**
 * A year too large to publish with this installation's settings: larger than the database accepts
 * in one statement (MySQL's and MariaDB's {@code max_allowed_packet}), or than the admin app's heap
 * can compute. Whoever runs the installation has to raise the limit; nothing was published.
 */
public class YearTooLargeException extends LocalizedException {

  /** The start of MySQL Connector/J's message for a statement over the packet limit. */
  private static final String DRIVER_MESSAGE = "Packet for query is too large";

  private YearTooLargeException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }

  /** The refusal to report if a write failed because of the packet limit. */
  static Optional<YearTooLargeException> causing(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException refused
          && refused.getMessage() != null
          && refused.getMessage().startsWith(DRIVER_MESSAGE)) {
        String sizes = sizes(refused.getMessage());
        return Optional.of(
            new YearTooLargeException(
                "Năm này quá lớn để cơ sở dữ liệu lưu trong một câu lệnh ("
                    + sizes
                    + "). Quản trị cơ sở dữ liệu cần tăng max_allowed_packet (xem"
                    + " DEPLOYMENT.md); chưa có gì được công bố.",
                "This year is too large for the database to store in one statement ("
                    + sizes
                    + "). The database administrator needs to raise max_allowed_packet (see"
                    + " DEPLOYMENT.md); nothing has been published."));
      }
    }
    return Optional.empty();
  }

  /** The refusal when computing the year took more memory than the heap holds. */
  static YearTooLargeException forHeap(long maximumHeapBytes) {
    long mebibytes = maximumHeapBytes / (1024 * 1024);
    return new YearTooLargeException(
        "Ứng dụng quản trị không đủ bộ nhớ để tính năm này (heap tối đa "
            + mebibytes
            + " MiB). Hãy tăng -Xmx trong ICTINDEX_JAVA_OPTS (xem DEPLOYMENT.md); chưa có gì được"
            + " công bố.",
        "The admin app has too little memory to compute this year (maximum heap "
            + mebibytes
            + " MiB). Raise -Xmx in ICTINDEX_JAVA_OPTS (see DEPLOYMENT.md); nothing has been"
            + " published.");
  }

  /** The "(sent > allowed)" figures of the driver's message, or the message itself. */
  private static String sizes(String message) {
    int open = message.indexOf('(');
    int close = message.indexOf(')', open + 1);
    return open >= 0 && close > open ? message.substring(open + 1, close) + " bytes" : message;
  }
}
