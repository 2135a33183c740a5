package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ictindex.scoring.model.CyclePackage;

/**
 * A small valid cycle package (two groups, a three-level tree with every rule type, a node that
 * applies to provinces only, a missing value, a merged unit) as file texts, and ways to vary and
 * pack it. Tests change one file and look at what the reader says.
 */
public final class SamplePackage {

  /** Line numbers in tests refer to this text: groups on 7–8, classes 11–12, nodes 15–21. */
  public static final String FRAMEWORK =
      """
      {
        "code": "MIC-ICT-2013",
        "year": 2013,
        "name": {"vi": "Đánh giá mức độ ứng dụng CNTT năm 2013", "en": "IT application assessment 2013"},
        "missing": "exclude",
        "groups": [
          {"code": "MINISTRY", "name": {"vi": "Bộ, cơ quan ngang Bộ", "en": "Ministries"}},
          {"code": "PROVINCE", "name": {"vi": "Tỉnh, thành phố", "en": "Provinces"}}
        ],
        "classes": [
          {"code": "TOT", "name": {"vi": "Tốt", "en": "Good"}, "minPercent": 80},
          {"code": "YEU", "name": {"vi": "Yếu", "en": "Weak"}, "minPercent": 0}
        ],
        "nodes": [
          {"code": "HT", "name": {"vi": "Hạ tầng kỹ thuật", "en": "Infrastructure"}, "children": [
            {"code": "HT.1", "name": {"vi": "Máy tính/cán bộ"}, "unit": "%", "rule": {"type": "linear", "min": 0, "max": 100, "points": 20}},
            {"code": "HT.2", "name": {"vi": "Có mạng LAN"}, "rule": {"type": "boolean", "points": 5}},
            {"code": "HT.3", "name": {"vi": "Băng thông"}, "rule": {"type": "bands", "bands": [{"from": 0, "points": 0}, {"from": 10, "points": 5}]}}
          ]},
          {"code": "DVC", "name": {"vi": "Dịch vụ công"}, "weight": 0.50, "appliesTo": ["PROVINCE"], "children": [
            {"code": "DVC.1", "name": {"vi": "Dịch vụ mức 3"}, "rule": {"type": "linear", "min": 0, "max": 50, "points": 10}}
          ]}
        ]
      }
      """;

  public static final String UNITS =
      """
      unit_code,group_code,name_vi,name_en,predecessors
      01,PROVINCE,Hà Nội,Ha Noi,
      11,PROVINCE,Điện Biên,Dien Bien,
      BTC,MINISTRY,Bộ Tài chính,Ministry of Finance,
      BKH,MINISTRY,"Bộ Kế hoạch, Đầu tư",,BKH1|BKH2
      """;

  public static final String VALUES =
      """
      unit_code,indicator_code,value,note
      01,HT.1,42.50,
      01,HT.2,1,"có, theo báo cáo"
      01,HT.3,12,
      01,DVC.1,30,
      11,HT.1,15,
      11,HT.2,0,
      11,HT.3,,chưa báo cáo
      11,DVC.1,5,
      BTC,HT.1,80,
      BTC,HT.2,1,
      BTC,HT.3,100,
      BKH,HT.1,60,
      BKH,HT.2,0,
      BKH,HT.3,9.5,
      """;

  public static final String UNITS_HEADER = "unit_code,group_code,name_vi,name_en,predecessors\n";
  public static final String VALUES_HEADER = "unit_code,indicator_code,value,note\n";

  private SamplePackage() {}

  /** The three files as UTF-8, in package order. */
  public static Map<String, byte[]> files(String framework, String units, String values) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(PackageFiles.FRAMEWORK_JSON, framework.getBytes(StandardCharsets.UTF_8));
    files.put(PackageFiles.UNITS_CSV, units.getBytes(StandardCharsets.UTF_8));
    files.put(PackageFiles.VALUES_CSV, values.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  public static Map<String, byte[]> files() {
    return files(FRAMEWORK, UNITS, VALUES);
  }

  /** A ZIP archive of the given entries, deflated, in the given order. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  public static PackageReadResult read(String framework, String units, String values) {
    return new PackageReader().read(zip(files(framework, units, values)));
  }

  /** The sample, read; it is valid. */
  public static CyclePackage valid() {
    PackageReadResult result = read(FRAMEWORK, UNITS, VALUES);
    assertThat(result.errors()).isEmpty();
    return result.cyclePackage().orElseThrow();
  }

  /** The sample as a folder holding its three files. */
  public static Path folder(Path parent, String framework, String units, String values)
      throws IOException {
    Path folder = Files.createDirectories(parent.resolve("cycle"));
    for (Map.Entry<String, byte[]> file : files(framework, units, values).entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
    return folder;
  }

  /**
   * Asserts that reading found exactly this one error, with this English message and a Vietnamese
   * message containing the fragment.
   */
  public static void assertOnlyError(
      PackageReadResult result,
      String file,
      int line,
      int column,
      String messageEn,
      String messageViFragment) {
    assertThat(result.isValid()).isFalse();
    assertThat(result.cyclePackage()).isEmpty();
    assertThat(result.errors())
        .extracting(
            PackageError::file, PackageError::line, PackageError::column, PackageError::messageEn)
        .containsExactly(tuple(file, line, column, messageEn));
    assertThat(result.errors().get(0).messageVi()).contains(messageViFragment);
  }
}
