package org.ictindex.scoring.pkg;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a file's bytes into text only if they are UTF-8, and says plainly what they are otherwise:
 * storing garbled Vietnamese silently is the failure this prevents. The text is normalised to
 * Unicode NFC, so that a name typed with combining accents (NFD) equals the same name typed
 * precomposed.
 */
final class StrictText {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** How many leading bytes are examined for the NUL bytes that give UTF-16 away. */
  private static final int SNIFF_BYTES = 4096;

  private StrictText() {}

  /**
   * Decodes a file; a leading UTF-8 byte order mark is dropped.
   *
   * @return the NFC text, or null when the bytes are not UTF-8 (reported)
   */
  static String decode(String file, byte[] bytes, ErrorList errors) {
    if (looksLikeUtf16(bytes)) {
      errors.add(
          file,
          0,
          0,
          "Tệp %s được lưu ở dạng UTF-16, không phải UTF-8. Hãy lưu lại tệp với bảng mã UTF-8 (trong Excel: \"CSV UTF-8\")."
              .formatted(file),
          "%s is saved as UTF-16, not UTF-8. Save it again as UTF-8 (in Excel: \"CSV UTF-8\")."
              .formatted(file));
      return null;
    }
    int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      reportNotUtf8(file, bytes[in.position()], out.flip().toString(), errors);
      return null;
    }
    return Normalizer.normalize(out.flip(), Normalizer.Form.NFC);
  }

  private static void reportNotUtf8(String file, byte bad, String decodedBefore, ErrorList errors) {
    int lineStart = decodedBefore.lastIndexOf('\n') + 1;
    int line = (int) decodedBefore.chars().filter(c -> c == '\n').count() + 1;
    int column = decodedBefore.length() - lineStart + 1;
    String hex = "0x%02X".formatted(bad & 0xFF);
    errors.add(
        file,
        line,
        column,
        "Tệp %s không phải UTF-8 (byte %s không hợp lệ ở đây); có lẽ tệp được lưu bằng Windows-1258 hoặc một bảng mã cũ khác. Hãy lưu lại tệp với bảng mã UTF-8."
            .formatted(file, hex),
        "%s is not UTF-8 (byte %s is invalid here); it is probably saved as Windows-1258 or another legacy encoding. Save it as UTF-8."
            .formatted(file, hex));
  }

  /**
   * A UTF-16 byte order mark, or text where many bytes are NUL: UTF-16 writes every ASCII character
   * as that character and a NUL, which is otherwise never in a text file.
   */
  private static boolean looksLikeUtf16(byte[] bytes) {
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return true;
    }
    int examined = Math.min(bytes.length, SNIFF_BYTES);
    int nul = 0;
    for (int i = 0; i < examined; i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    return examined > 0 && nul * 4 >= examined;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
