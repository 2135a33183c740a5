package org.ictindex.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.results.ResultsJson;
import org.junit.jupiter.api.Test;

class CompressedResultsTest {

  private final CyclePackage data =
      TestPackages.provinces(
          2502, unit("100", "1", "0", "50"), unit("0", "0", "6", "0"), unit("40", null, "3", "9"));
  private final CycleResults results = Methodology.compute(data, null);
  private final String canonical = ResultsJson.write(data, results);

  @Test
  void storedPartsReadBackAsTheCanonicalText() throws IOException {
    CompressedResults stored = CompressedResults.of(data, results);

    assertThat(text(stored.parts())).isEqualTo(canonical);
    assertThat(stored.parts()).hasSize(1);
    assertThat(stored.parts().get(0).length).isLessThan(canonical.length());
  }

  @Test
  void theHashIsThatOfTheUncompressedText() {
    String expected = AuditChain.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));

    assertThat(CompressedResults.of(data, results).sha256()).isEqualTo(expected);
    assertThat(CompressedResults.sha256(data, results)).isEqualTo(expected);
  }

  @Test
  void textLargerThanAPartIsCutIntoPartsThatReadBackWhole() throws IOException {
    byte[] incompressible = new byte[CompressedResults.PART_SIZE * 2 + 12_345];
    new Random(7).nextBytes(incompressible);

    List<byte[]> parts = CompressedResults.compress(incompressible);

    assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length).isPositive());
    assertThat(parts.subList(0, 2))
        .allSatisfy(part -> assertThat(part).hasSize(CompressedResults.PART_SIZE));
    try (InputStream read = CompressedResults.text(parts)) {
      assertThat(read.readAllBytes()).isEqualTo(incompressible);
    }
  }

  private static String text(List<byte[]> parts) throws IOException {
    try (InputStream read = CompressedResults.text(parts)) {
      return new String(read.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
