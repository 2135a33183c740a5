package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;
import org.junit.jupiter.api.Test;

/** Data typed on a screen are kept in the form a package file gives them. */
class NormalFormTest {

  @Test
  void decomposedTextsAreComposedAsAFileReadGivesThem() {
    CyclePackage sample = SamplePackage.valid();
    List<Unit> units =
        sample.units().stream()
            .map(
                unit ->
                    new Unit(
                        unit.code(),
                        unit.groupCode(),
                        new LocalizedText(
                            Normalizer.normalize(unit.name().vi(), Normalizer.Form.NFD),
                            unit.name().en()),
                        unit.predecessors()))
            .toList();
    CyclePackage typed = new CyclePackage(sample.framework(), units, sample.values());
    assertThat(typed).isNotEqualTo(sample);

    assertThat(NormalForm.of(typed)).isEqualTo(sample);
  }
}
