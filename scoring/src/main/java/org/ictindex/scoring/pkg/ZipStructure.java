package org.ictindex.scoring.pkg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that a ZIP archive says one thing about its entries. A ZIP describes every entry twice: in
 * a local header before its data, which a streaming reader (and the package reader) follows, and in
 * the central directory at the end, which most tools (file managers, {@code unzip -l}, 7-Zip) show.
 * A crafted archive can make them differ, so that an assessor checking a received file sees other
 * names and values than those imported. The archive is accepted only when both describe the same
 * entries in the same order, with the same names, compression method, CRC and sizes, laid end to
 * end from the first byte to the central directory, followed by nothing but the end record and its
 * comment.
 */
final class ZipStructure {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_RECORD = 0x06054b50;
  private static final int ZIP64_END_LOCATOR = 0x07064b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;
  private static final int END_RECORD_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final int LOCAL_HEADER_SIZE = 30;
  private static final int CENTRAL_HEADER_SIZE = 46;
  private static final int DATA_DESCRIPTOR_FLAG = 1 << 3;

  /** An entry as the central directory lists it. */
  record Entry(
      String name,
      byte[] rawName,
      int method,
      long crc,
      long compressedSize,
      long size,
      long offset) {}

  /** Why the archive is refused, in Vietnamese and English. */
  record Disagreement(String messageVi, String messageEn) {}

  /** What the central directory lists, or why the archive is refused. */
  record Result(List<Entry> entries, Disagreement disagreement) {}

  private final byte[] zip;
  private final int length;

  private ZipStructure(byte[] zip, int length) {
    this.zip = zip;
    this.length = length;
  }

  /** Checks the first {@code length} bytes of {@code zip}, a whole archive. */
  static Result check(byte[] zip, int length) {
    return new ZipStructure(zip, length).check();
  }

  private Result check() {
    int end = findEndRecord();
    if (end < 0) {
      return refused(
          anyEndRecord()
              ? "sau bản ghi kết thúc của tệp ZIP còn dữ liệu thừa"
              : "tệp không có thư mục trung tâm (mục lục ở cuối tệp ZIP); tệp bị cắt cụt hoặc bị hỏng",
          anyEndRecord()
              ? "there are bytes after the ZIP's end record"
              : "it has no central directory (the index at the end of a ZIP); it is truncated or damaged");
    }
    int entryCount = u16(end + 10);
    long directorySize = u32(end + 12);
    long directoryOffset = u32(end + 16);
    if (entryCount == 0xFFFF
        || directorySize == 0xFFFFFFFFL
        || directoryOffset == 0xFFFFFFFFL
        || (end >= 20 && u32(end - 20) == ZIP64_END_LOCATOR)) {
      return refused(
          "tệp dùng định dạng ZIP64, không cần cho một gói (dưới 4 GiB)",
          "it uses the ZIP64 format, which a package (far below 4 GiB) never needs");
    }
    if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != entryCount) {
      return refused("tệp ZIP được chia thành nhiều phần", "it is a ZIP split into several parts");
    }
    if (directoryOffset + directorySize != end) {
      return refused(
          "thư mục trung tâm không nằm ngay trước bản ghi kết thúc (có dữ liệu thừa giữa chúng hoặc kích thước sai)",
          "the central directory does not end where the end record starts (bytes between them, or a wrong size)");
    }
    List<Entry> entries = new ArrayList<>();
    int at = (int) directoryOffset;
    for (int i = 0; i < entryCount; i++) {
      if (at + CENTRAL_HEADER_SIZE > end || u32(at) != CENTRAL_HEADER) {
        return refused(
            "thư mục trung tâm ghi %d mục nhưng chỉ chứa %d".formatted(entryCount, i),
            "the central directory says it lists %d entries but holds %d".formatted(entryCount, i));
      }
      int nameLength = u16(at + 28);
      int next = at + CENTRAL_HEADER_SIZE + nameLength + u16(at + 30) + u16(at + 32);
      if (next > end || u16(at + 34) != 0) {
        return refused("thư mục trung tâm bị hỏng", "its central directory is damaged");
      }
      byte[] rawName = Arrays.copyOfRange(zip, at + CENTRAL_HEADER_SIZE, at + 46 + nameLength);
      entries.add(
          new Entry(
              new String(rawName, StandardCharsets.UTF_8),
              rawName,
              u16(at + 10),
              u32(at + 16),
              u32(at + 20),
              u32(at + 24),
              u32(at + 42)));
      at = next;
    }
    if (at != end) {
      return refused(
          "thư mục trung tâm chứa nhiều mục hơn %d mục mà bản ghi kết thúc ghi"
              .formatted(entryCount),
          "the central directory holds more than the %d entries its end record counts"
              .formatted(entryCount));
    }
    Disagreement disagreement = compareLocalHeaders(entries, directoryOffset);
    return new Result(entries, disagreement);
  }

  /** Walks the local headers from the first byte, each where the central directory says. */
  private Disagreement compareLocalHeaders(List<Entry> entries, long directoryOffset) {
    long at = 0;
    for (Entry entry : entries) {
      if (entry.offset() != at) {
        return misplaced(entry, at, entries, directoryOffset);
      }
      if (at + LOCAL_HEADER_SIZE > directoryOffset || u32((int) at) != LOCAL_HEADER) {
        return disagreement(
            "thư mục trung tâm liệt kê \"%s\" nhưng không có tiêu đề cục bộ nào ở vị trí nó ghi"
                .formatted(entry.name()),
            "the central directory lists \"%s\" but there is no local header where it says"
                .formatted(entry.name()));
      }
      int header = (int) at;
      int nameLength = u16(header + 26);
      byte[] localName =
          Arrays.copyOfRange(
              zip,
              header + LOCAL_HEADER_SIZE,
              (int) Math.min(directoryOffset, header + LOCAL_HEADER_SIZE + (long) nameLength));
      if (!Arrays.equals(localName, entry.rawName())) {
        return disagreement(
            "một mục có tên \"%s\" trong tiêu đề cục bộ nhưng tên \"%s\" trong thư mục trung tâm"
                .formatted(new String(localName, StandardCharsets.UTF_8), entry.name()),
            "an entry is named \"%s\" in its local header but \"%s\" in the central directory"
                .formatted(new String(localName, StandardCharsets.UTF_8), entry.name()));
      }
      if (u16(header + 8) != entry.method()) {
        return differs(entry, "phương thức nén", "compression method");
      }
      int flags = u16(header + 6);
      boolean descriptor = (flags & DATA_DESCRIPTOR_FLAG) != 0;
      if (!descriptor) {
        Disagreement sizes =
            compareSizes(entry, u32(header + 14), u32(header + 18), u32(header + 22));
        if (sizes != null) {
          return sizes;
        }
      }
      long dataEnd =
          header
              + LOCAL_HEADER_SIZE
              + (long) nameLength
              + u16(header + 28)
              + entry.compressedSize();
      at = dataEnd;
      if (descriptor) {
        if (dataEnd + 4 <= directoryOffset && u32((int) dataEnd) == DATA_DESCRIPTOR) {
          at += 4;
        }
        if (at + 12 > directoryOffset) {
          return differs(entry, "kích thước nén", "compressed size");
        }
        Disagreement sizes =
            compareSizes(entry, u32((int) at), u32((int) at + 4), u32((int) at + 8));
        if (sizes != null) {
          return sizes;
        }
        at += 12;
      }
      if (at > directoryOffset) {
        return differs(entry, "kích thước nén", "compressed size");
      }
    }
    if (at != directoryOffset) {
      Disagreement unlisted = unlistedEntry(at, directoryOffset);
      return unlisted != null
          ? unlisted
          : extraBytes(at, "sau mục cuối cùng, trước thư mục trung tâm", "after the last entry");
    }
    return null;
  }

  private Disagreement compareSizes(Entry entry, long crc, long compressedSize, long size) {
    if (crc != entry.crc()) {
      return differs(entry, "mã kiểm tra CRC", "CRC");
    }
    if (compressedSize != entry.compressedSize()) {
      return differs(entry, "kích thước nén", "compressed size");
    }
    if (size != entry.size()) {
      return differs(entry, "kích thước", "size");
    }
    return null;
  }

  /** An entry that the central directory places elsewhere than where the local headers are. */
  private Disagreement misplaced(Entry entry, long at, List<Entry> entries, long directoryOffset) {
    boolean listedElsewhere = entries.stream().anyMatch(other -> other.offset() == at);
    if (listedElsewhere) {
      return disagreement(
          "thứ tự các mục trong thư mục trung tâm khác với thứ tự trong tệp",
          "the central directory lists the entries in another order than the archive holds them");
    }
    Disagreement unlisted = unlistedEntry(at, directoryOffset);
    if (unlisted != null) {
      return unlisted;
    }
    return at == 0
        ? extraBytes(at, "trước mục đầu tiên", "before the first entry")
        : extraBytes(at, "giữa các mục, trước \"" + entry.name() + "\"", "between entries");
  }

  /** A local header at the position that the central directory does not list, or null. */
  private Disagreement unlistedEntry(long at, long directoryOffset) {
    if (at + LOCAL_HEADER_SIZE > directoryOffset || u32((int) at) != LOCAL_HEADER) {
      return null;
    }
    int nameLength = u16((int) at + 26);
    String name =
        new String(
            zip,
            (int) at + LOCAL_HEADER_SIZE,
            (int) Math.min(nameLength, directoryOffset - at - LOCAL_HEADER_SIZE),
            StandardCharsets.UTF_8);
    return disagreement(
        "tệp chứa mục \"%s\" mà thư mục trung tâm không liệt kê".formatted(name),
        "it holds an entry \"%s\" that its central directory does not list".formatted(name));
  }

  private Disagreement differs(Entry entry, String whatVi, String whatEn) {
    return disagreement(
        "%s của \"%s\" trong tiêu đề cục bộ khác với trong thư mục trung tâm"
            .formatted(whatVi, entry.name()),
        "the %s of \"%s\" in its local header differs from the central directory's"
            .formatted(whatEn, entry.name()));
  }

  private static Disagreement extraBytes(long at, String whereVi, String whereEn) {
    return disagreement(
        "có dữ liệu không thuộc mục nào %s (byte %d)".formatted(whereVi, at),
        "it holds bytes that belong to no entry %s (at byte %d)".formatted(whereEn, at));
  }

  private static Result refused(String detailVi, String detailEn) {
    return new Result(List.of(), disagreement(detailVi, detailEn));
  }

  static Disagreement disagreement(String detailVi, String detailEn) {
    return new Disagreement(
        "Tệp ZIP không nhất quán: "
            + detailVi
            + ". Các công cụ thông thường đọc danh sách tệp từ thư mục trung tâm, còn việc nhập đọc từ tiêu đề cục bộ, nên tệp có thể hiện ra khác với nội dung được nhập. Hãy nén lại các tệp bằng một công cụ thông thường.",
        "The ZIP file is inconsistent: "
            + detailEn
            + ". Usual tools list a ZIP from its central directory while importing reads the local headers, so the file could show other content than what would be imported. Compress the files again with an ordinary tool.");
  }

  /** The end record whose comment reaches exactly the end of the archive, or -1. */
  private int findEndRecord() {
    for (int at = length - END_RECORD_SIZE;
        at >= Math.max(0, length - END_RECORD_SIZE - MAX_COMMENT);
        at--) {
      if (u32(at) == END_RECORD && at + END_RECORD_SIZE + u16(at + 20) == length) {
        return at;
      }
    }
    return -1;
  }

  private boolean anyEndRecord() {
    for (int at = length - END_RECORD_SIZE; at >= 0; at--) {
      if (u32(at) == END_RECORD) {
        return true;
      }
    }
    return false;
  }

  private int u16(int at) {
    if (at < 0 || at + 2 > length) {
      return -1;
    }
    return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
  }

  private long u32(int at) {
    if (at < 0 || at + 4 > length) {
      return -1;
    }
    return (zip[at] & 0xFFL)
        | (zip[at + 1] & 0xFFL) << 8
        | (zip[at + 2] & 0xFFL) << 16
        | (zip[at + 3] & 0xFFL) << 24;
  }
}
