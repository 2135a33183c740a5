package org.ictindex.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputedNodeResultsTest {

  private static final LocalizedText NAME = new LocalizedText("Hà Nội", "Hanoi");

  private static NodeResult result(int position) {
    return new NodeResult(
        "N" + position,
        position == 0 ? 0 : 1,
        BigDecimal.valueOf(position),
        BigDecimal.TEN,
        BigDecimal.valueOf(10L * position),
        position + 1,
        3,
        null,
        null,
        null,
        List.of(),
        null);
  }

  /** {@code size} results, counting in {@code made} each one it makes. */
  private static List<NodeResult> counting(int size, AtomicInteger made) {
    return new ComputedNodeResults(
        size,
        position -> {
          made.incrementAndGet();
          return result(position);
        });
  }

  @Test
  void eachReadMakesTheResultOfItsPosition() {
    AtomicInteger made = new AtomicInteger();
    List<NodeResult> nodes = counting(3, made);

    assertThat(made).hasValue(0);
    assertThat(nodes.get(2)).isEqualTo(result(2));
    assertThat(nodes.get(2)).isEqualTo(result(2));
    assertThat(made).hasValue(2);
  }

  @Test
  void equalsTheSameResultsInAnyOtherList() {
    List<NodeResult> computed = new ComputedNodeResults(3, ComputedNodeResultsTest::result);
    List<NodeResult> kept = List.of(result(0), result(1), result(2));

    assertThat(computed).isEqualTo(kept).hasSameHashCodeAs(kept);
    assertThat(kept).isEqualTo(computed);
    assertThat(computed).isNotEqualTo(List.of(result(0), result(1)));
  }

  @Test
  void aUnitKeepsComputedResultsAndCopiesAnyOtherList() {
    List<NodeResult> computed = new ComputedNodeResults(2, ComputedNodeResultsTest::result);
    List<NodeResult> changing = new ArrayList<>(List.of(result(0)));

    UnitResult fromComputed = new UnitResult("01", "PROVINCE", NAME, computed);
    UnitResult fromChanging = new UnitResult("02", "PROVINCE", NAME, changing);
    changing.add(result(1));

    assertThat(fromComputed.nodes()).isSameAs(computed);
    assertThat(fromChanging.nodes()).containsExactly(result(0));
  }

  @Test
  void cannotBeChanged() {
    List<NodeResult> nodes = new ComputedNodeResults(2, ComputedNodeResultsTest::result);

    assertThatThrownBy(() -> nodes.add(result(2)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> nodes.set(0, result(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> nodes.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(nodes).containsExactly(result(0), result(1));
  }

  @Test
  void aPositionOutsideTheListIsRefusedWithoutMakingAResult() {
    AtomicInteger made = new AtomicInteger();
    List<NodeResult> nodes = counting(2, made);

    assertThatThrownBy(() -> nodes.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> nodes.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(made).hasValue(0);
    assertThatThrownBy(() -> new ComputedNodeResults(-1, ComputedNodeResultsTest::result))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
