package org.ictindex.scoring.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ictindex.scoring.json.CanonicalJson;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * Writes a cycle package, always to the same bytes for the same package, so that a published
 * package has one SHA-256 wherever it is rebuilt.
 *
 * <ul>
 *   <li>framework.json in {@link CanonicalJson} form: keys in the order of package-format.md,
 *       {@code weight} and {@code missing} always written, {@code appliesTo} in the order of the
 *       groups, numbers exactly as read ({@code 0.50} stays {@code 0.50});
 *   <li>units.csv and values.csv with the full header, {@code \n} line ends, no byte order mark,
 *       fields quoted only when they must be, values in plain decimal notation as read;
 *   <li>a ZIP of framework.json, units.csv, values.csv in that order, each entry dated 2000-01-01
 *       00:00 and stored uncompressed: deflated bytes depend on the zlib version, stored bytes do
 *       not, and a package is small.
 * </ul>
 */
public final class PackageWriter {

  /**
   * Any fixed date in the range of ZIP's own date field: the JDK writes 1980-01-01 00:00 itself as
   * an extra timestamp in the local time zone, which would make the bytes depend on the zone.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.MINIMAL).get();

  private PackageWriter() {}

  /** The package as the bytes of a ZIP archive. */
  public static byte[] toZip(CyclePackage cycle) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writeZip(cycle, bytes);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** Writes the package as a ZIP archive to a stream, which is left open. */
  public static void writeZip(CyclePackage cycle, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> file : files(cycle).entrySet()) {
      byte[] content = file.getValue();
      CRC32 crc = new CRC32();
      crc.update(content);
      ZipEntry entry = new ZipEntry(file.getKey());
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      entry.setCompressedSize(content.length);
      entry.setCrc(crc.getValue());
      entry.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    }
    zip.finish();
  }

  /** Writes the package's three files into a folder, created if needed. */
  public static void writeFolder(CyclePackage cycle, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : files(cycle).entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
  }

  private static Map<String, byte[]> files(CyclePackage cycle) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(PackageFiles.FRAMEWORK_JSON, utf8(CanonicalJson.write(framework(cycle.framework()))));
    files.put(PackageFiles.UNITS_CSV, utf8(unitsCsv(cycle.units())));
    files.put(PackageFiles.VALUES_CSV, utf8(valuesCsv(cycle.values())));
    return files;
  }

  private static Map<String, Object> framework(Framework framework) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", framework.code());
    json.put("year", framework.year());
    json.put("name", name(framework.name()));
    json.put("missing", framework.missing().code());
    json.put("groups", framework.groups().stream().map(PackageWriter::group).toList());
    json.put("classes", framework.classes().stream().map(PackageWriter::ratingClass).toList());
    List<String> groupOrder = framework.groups().stream().map(UnitGroup::code).toList();
    json.put("nodes", framework.nodes().stream().map(node -> node(node, groupOrder)).toList());
    return json;
  }

  private static Map<String, Object> group(UnitGroup group) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", group.code());
    json.put("name", name(group.name()));
    return json;
  }

  private static Map<String, Object> ratingClass(RatingClass ratingClass) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", ratingClass.code());
    json.put("name", name(ratingClass.name()));
    json.put("minPercent", ratingClass.minPercent());
    return json;
  }

  private static Map<String, Object> node(Node node, List<String> groupOrder) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", node.code());
    json.put("name", name(node.name()));
    json.put("weight", node.weight());
    if (!node.appliesTo().isEmpty()) {
      json.put("appliesTo", groupOrder.stream().filter(node.appliesTo()::contains).toList());
    }
    if (node.unit() != null) {
      json.put("unit", node.unit());
    }
    if (node.isLeaf()) {
      json.put("rule", RuleJson.toJson(node.rule()));
    } else {
      json.put("children", node.children().stream().map(child -> node(child, groupOrder)).toList());
    }
    return json;
  }

  private static Map<String, Object> name(LocalizedText name) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("vi", name.vi());
    if (name.en() != null) {
      json.put("en", name.en());
    }
    return json;
  }

  private static String unitsCsv(List<Unit> units) {
    List<List<String>> rows = new ArrayList<>();
    for (Unit unit : units) {
      rows.add(
          List.of(
              unit.code(),
              unit.groupCode(),
              unit.name().vi(),
              unit.name().en() == null ? "" : unit.name().en(),
              String.join(PackageFiles.PREDECESSOR_SEPARATOR, unit.predecessors())));
    }
    return csv(PackageFiles.UNITS_COLUMNS, rows);
  }

  private static String valuesCsv(List<IndicatorValue> values) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorValue value : values) {
      BigDecimal number = value.value();
      rows.add(
          List.of(
              value.unitCode(),
              value.indicatorCode(),
              number == null ? "" : number.toPlainString(),
              value.note() == null ? "" : value.note()));
    }
    return csv(PackageFiles.VALUES_COLUMNS, rows);
  }

  private static String csv(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord(header);
      printer.printRecords(rows);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
