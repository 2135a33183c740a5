package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;
import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Files must be UTF-8; anything else is named plainly instead of being stored as garbled
 * Vietnamese, and text is compared in NFC.
 */
class EncodingTest {

  private static final String UNITS_LATIN =
      "unit_code,group_code,name_vi,name_en,predecessors\n01,PROVINCE,Hà Nam,Ha Nam,\n";

  private static PackageReadResult withUnits(byte[] units) {
    Map<String, byte[]> files = SamplePackage.files(FRAMEWORK, "", SamplePackage.VALUES_HEADER);
    files.put(PackageFiles.UNITS_CSV, units);
    return new PackageReader().read(SamplePackage.zip(files));
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(first);
    bytes.writeBytes(second);
    return bytes.toByteArray();
  }

  @Test
  void windows1258IsRejectedAtItsFirstNonUtf8Byte() {
    byte[] units = UNITS_LATIN.getBytes(Charset.forName("windows-1258"));

    assertOnlyError(
        withUnits(units),
        "units.csv",
        2,
        14,
        "units.csv is not UTF-8 (byte 0xE0 is invalid here); it is probably saved as Windows-1258 or another legacy encoding. Save it as UTF-8.",
        "có lẽ tệp được lưu bằng Windows-1258 hoặc một bảng mã cũ khác");
  }

  @Test
  void invalidUtf8InFrameworkJsonIsLocated() {
    String framework = FRAMEWORK.replace("Ministries", "Minis@tries");
    byte[] bytes = framework.getBytes(StandardCharsets.UTF_8);
    int at = framework.indexOf('@');
    bytes[framework.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    Map<String, byte[]> files =
        SamplePackage.files(FRAMEWORK, SamplePackage.UNITS_HEADER, SamplePackage.VALUES_HEADER);
    files.put(PackageFiles.FRAMEWORK_JSON, bytes);

    assertOnlyError(
        new PackageReader().read(SamplePackage.zip(files)),
        "framework.json",
        7,
        77,
        "framework.json is not UTF-8 (byte 0xFF is invalid here); it is probably saved as Windows-1258 or another legacy encoding. Save it as UTF-8.",
        "Tệp framework.json không phải UTF-8 (byte 0xFF không hợp lệ ở đây)");
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsNamed() {
    byte[] units =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE}, UNITS_LATIN.getBytes(StandardCharsets.UTF_16LE));

    assertOnlyError(
        withUnits(units),
        "units.csv",
        0,
        0,
        "units.csv is saved as UTF-16, not UTF-8. Save it again as UTF-8 (in Excel: \"CSV UTF-8\").",
        "Tệp units.csv được lưu ở dạng UTF-16, không phải UTF-8.");
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsNamed() {
    byte[] units = UNITS_LATIN.getBytes(StandardCharsets.UTF_16);

    assertOnlyError(
        withUnits(units),
        "units.csv",
        0,
        0,
        "units.csv is saved as UTF-16, not UTF-8. Save it again as UTF-8 (in Excel: \"CSV UTF-8\").",
        "được lưu ở dạng UTF-16");
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsNulBytes() {
    byte[] units = UNITS_LATIN.getBytes(StandardCharsets.UTF_16LE);

    assertOnlyError(
        withUnits(units),
        "units.csv",
        0,
        0,
        "units.csv is saved as UTF-16, not UTF-8. Save it again as UTF-8 (in Excel: \"CSV UTF-8\").",
        "được lưu ở dạng UTF-16");
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedInEveryFile() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Map<String, byte[]> files = SamplePackage.files();
    files.replaceAll((name, content) -> concat(bom, content));

    PackageReadResult result = new PackageReader().read(SamplePackage.zip(files));

    assertThat(result.errors()).isEmpty();
    assertThat(result.cyclePackage()).contains(SamplePackage.valid());
  }

  @Test
  void decomposedVietnameseIsNormalisedAndMatchesComposedCodes() {
    String nfd = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Hà Nội");
    String units = UNITS.replace("01,PROVINCE,Hà Nội,", "HÀ,PROVINCE," + nfd + ",");
    String values = VALUES.replace("01,", Normalizer.normalize("HÀ", Normalizer.Form.NFD) + ",");

    PackageReadResult result = SamplePackage.read(FRAMEWORK, units, values);

    assertThat(result.errors()).isEmpty();
    CyclePackage cycle = result.cyclePackage().orElseThrow();
    assertThat(cycle.units().get(0))
        .isEqualTo(new Unit("HÀ", "PROVINCE", new LocalizedText("Hà Nội", "Ha Noi"), List.of()));
    assertThat(cycle.values().get(0).unitCode()).isEqualTo("HÀ");
  }
}
