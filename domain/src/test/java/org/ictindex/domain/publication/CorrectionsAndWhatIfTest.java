package org.ictindex.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.cycle.InvalidRequestException;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Framework;
import org.junit.jupiter.api.Test;

class CorrectionsAndWhatIfTest {

  // P1 is strong in infrastructure (HT), P2 in human resources (NL, weight 2).
  private final CyclePackage data =
      TestPackages.provinces(2501, unit("100", "1", "0", "50"), unit("0", "0", "6", "0"));

  @Test
  void changedWeightsReplaceOnlyTheNamedNodes() {
    Framework reweighted =
        WeightOverride.apply(data.framework(), Map.of("NL", new BigDecimal("0.5")));

    assertThat(reweighted.node("NL").orElseThrow().weight()).isEqualByComparingTo("0.5");
    assertThat(reweighted.node("HT").orElseThrow().weight()).isEqualByComparingTo("1");
    assertThat(reweighted.node("NL.1").orElseThrow().rule())
        .isEqualTo(data.framework().node("NL.1").orElseThrow().rule());
    assertThat(reweighted.indicators()).hasSameSizeAs(data.framework().indicators());
  }

  @Test
  void changedWeightsCanReverseARanking() {
    CycleResults real = Methodology.compute(data, null);
    CycleResults whatIf =
        Methodology.compute(
            new CyclePackage(
                WeightOverride.apply(data.framework(), Map.of("NL", BigDecimal.ZERO)),
                data.units(),
                data.values()),
            null);

    assertThat(real.unit("P2").orElseThrow().total().rank()).isEqualTo(1);
    assertThat(whatIf.unit("P1").orElseThrow().total().rank()).isEqualTo(1);
    assertThat(ResultChange.between(real, whatIf))
        .filteredOn(change -> change.nodeCode().equals("TOTAL") && change.rankMoved())
        .extracting(ResultChange::unitCode)
        .containsExactly("P1", "P2");
  }

  @Test
  void anUnknownNodeOrANegativeWeightIsRefused() {
    assertThatThrownBy(() -> WeightOverride.apply(data.framework(), Map.of("XX", BigDecimal.ONE)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("XX");
    assertThatThrownBy(
            () -> WeightOverride.apply(data.framework(), Map.of("HT", new BigDecimal("-1"))))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aCorrectionChangesExactlyTheNamedValues() {
    ValueCorrection correction =
        ValueCorrection.of(data, List.of(new ValueChange("P1", "NL.1", "6")));

    assertThat(correction.changes())
        .containsExactly(new ChangedValue("P1", "NL.1", new BigDecimal("0"), new BigDecimal("6")));
    assertThat(ValueCorrection.differences(data, correction.corrected()))
        .isEqualTo(correction.changes());
    assertThat(correction.corrected().values()).hasSameSizeAs(data.values());
  }

  @Test
  void anEmptyValueIsAMissingValue() {
    ValueCorrection correction =
        ValueCorrection.of(data, List.of(new ValueChange("P2", "HT.1", " ")));

    assertThat(correction.changes())
        .containsExactly(new ChangedValue("P2", "HT.1", new BigDecimal("0"), null));
  }

  @Test
  void badCorrectionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> ValueCorrection.of(data, List.of()))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> ValueCorrection.of(data, List.of(new ValueChange("P9", "HT.1", "1"))))
        .hasMessageContaining("P9");
    assertThatThrownBy(() -> ValueCorrection.of(data, List.of(new ValueChange("P1", "ZZ", "1"))))
        .hasMessageContaining("ZZ");
    assertThatThrownBy(() -> ValueCorrection.of(data, List.of(new ValueChange("P1", "HT.2", "2"))))
        .hasMessageContaining("0")
        .hasMessageContaining("1");
    assertThatThrownBy(
            () -> ValueCorrection.of(data, List.of(new ValueChange("P1", "HT.1", "4,5"))))
        .hasMessageContaining("4.5");
    assertThatThrownBy(
            () -> ValueCorrection.of(data, List.of(new ValueChange("P1", "HT.1", "100"))))
        .hasMessageContaining("nothing to correct");
    assertThatThrownBy(
            () ->
                ValueCorrection.of(
                    data,
                    List.of(
                        new ValueChange("P1", "HT.1", "1"), new ValueChange("P1", "HT.1", "2"))))
        .hasMessageContaining("changed twice");
  }
}
