package org.ictindex.admin.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ictindex.domain.language.LocalizedException;

/**
 * The largest package or workbook accepted, on the import screen and through the API alike. An
 * upload is read only up to the limit, so an oversize body costs no more memory than an acceptable
 * one.
 */
public final class UploadLimit {

  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private UploadLimit() {}

  /** Refused because the file is larger than {@link #MAX_BYTES}. */
  public static final class TooLargeException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super(
          "Tệp lớn hơn 50 MB, giới hạn của một gói hoặc bảng tính; không có gì được lưu.",
          "The file is larger than 50 MB, the limit for a package or workbook; nothing was stored.");
    }
  }

  /**
   * Reads a whole upload.
   *
   * @throws TooLargeException as soon as more than {@link #MAX_BYTES} have arrived
   */
  public static byte[] read(InputStream upload) {
    try {
      byte[] content = upload.readNBytes((int) MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        throw new TooLargeException();
      }
      return content;
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }
}
