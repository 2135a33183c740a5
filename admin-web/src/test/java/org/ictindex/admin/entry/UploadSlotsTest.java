package org.ictindex.admin.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Concurrent uploads in memory are bounded: a full set of slots turns the next one away at once.
 */
class UploadSlotsTest {

  @Test
  void uploadsBeyondTheSlotsAreRefusedAtOnceUntilOneEnds() {
    UploadSlots slots = new UploadSlots(2);

    Optional<UploadSlots.Slot> first = slots.tryTake();
    Optional<UploadSlots.Slot> second = slots.tryTake();
    Optional<UploadSlots.Slot> third = slots.tryTake();

    assertThat(first).isPresent();
    assertThat(second).isPresent();
    assertThat(third).isEmpty();
    first.get().close();
    assertThat(slots.tryTake()).isPresent();
    assertThat(slots.tryTake()).isEmpty();
  }

  @Test
  void aSlotClosedTwiceIsGivenBackOnce() {
    UploadSlots slots = new UploadSlots(1);
    UploadSlots.Slot slot = slots.tryTake().orElseThrow();

    slot.close();
    slot.close();

    assertThat(slots.available()).isEqualTo(1);
  }

  @Test
  void theNumberOfSlotsComesFromTheSettingOrIsTwo() {
    assertThat(UploadSlots.configured(null)).isEqualTo(2);
    assertThat(UploadSlots.configured(" ")).isEqualTo(2);
    assertThat(UploadSlots.configured("4")).isEqualTo(4);
    assertThat(UploadSlots.configured("0")).isEqualTo(2);
    assertThat(UploadSlots.configured("many")).isEqualTo(2);
  }
}
