package org.ictindex.domain.publication;

import java.sql.SQLException;
import java.util.Optional;
import org.ictindex.domain.language.LocalizedException;

/**
 * A revision whose package is larger than the database accepts in one statement (MySQL's and
 * MariaDB's {@code max_allowed_packet}): the administrator of the database has to raise it.
 */
public class TooLargeForDatabaseException extends LocalizedException {

  /** The start of MySQL Connector/J's message for a statement over the packet limit. */
  private static final String DRIVER_MESSAGE = "Packet for query is too large";

  private TooLargeForDatabaseException(String detail) {
    super(
        "Năm này quá lớn để cơ sở dữ liệu lưu trong một câu lệnh ("
            + detail
            + "). Quản trị cơ sở dữ liệu cần tăng max_allowed_packet (xem DEPLOYMENT.md);"
            + " chưa có gì được công bố.",
        "This year is too large for the database to store in one statement ("
            + detail
            + "). The database administrator needs to raise max_allowed_packet (see"
            + " DEPLOYMENT.md); nothing has been published.");
  }

  /** The refusal to report if a write failed because of the packet limit. */
  static Optional<TooLargeForDatabaseException> causing(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException refused
          && refused.getMessage() != null
          && refused.getMessage().startsWith(DRIVER_MESSAGE)) {
        return Optional.of(new TooLargeForDatabaseException(sizes(refused.getMessage())));
      }
    }
    return Optional.empty();
  }

  /** The "(sent > allowed)" figures of the driver's message, or the message itself. */
  private static String sizes(String message) {
    int open = message.indexOf('(');
    int close = message.indexOf(')', open + 1);
    return open >= 0 && close > open ? message.substring(open + 1, close) + " bytes" : message;
  }
}
