package org.ictindex.admin.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many uploaded packages or workbooks the admin app holds in memory at once, through the API
 * and the import screen together. An upload takes a slot before its body is read and gives it back
 * when its import has finished; when every slot is taken, the upload is refused at once (503 with
 * {@code Retry-After} from the API, a message on the screen) instead of waiting with its body in
 * memory. Each slot may hold one file of up to {@link UploadLimit#MAX_BYTES} and what reading it
 * takes, so the slots bound what concurrent uploads can make the server hold.
 */
@ApplicationScoped
public class UploadSlots {

  /** Slots when {@code ICTINDEX_CONCURRENT_UPLOADS} is not set. */
  public static final int DEFAULT_SLOTS = 2;

  /** How long a refused upload is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 30;

  private final Semaphore free;

  /** The configured number of slots ({@code ictindex.concurrent.uploads}). */
  public UploadSlots() {
    this(
        configured(
            ConfigProvider.getConfig(UploadSlots.class.getClassLoader())
                .getOptionalValue("ictindex.concurrent.uploads", String.class)
                .orElse(null)));
  }

  public UploadSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("At least one upload slot is needed");
    }
    this.free = new Semaphore(slots);
  }

  /** The number of slots a setting asks for; blank, malformed or below one means the default. */
  static int configured(String setting) {
    if (setting == null || setting.isBlank()) {
      return DEFAULT_SLOTS;
    }
    try {
      int slots = Integer.parseInt(setting.strip());
      return slots >= 1 ? slots : DEFAULT_SLOTS;
    } catch (NumberFormatException malformed) {
      return DEFAULT_SLOTS;
    }
  }

  /** A free slot, taken now without waiting, or empty when every slot is in use. */
  public Optional<Slot> tryTake() {
    return free.tryAcquire() ? Optional.of(new Slot(free)) : Optional.empty();
  }

  /** The slots free right now. */
  public int available() {
    return free.availablePermits();
  }

  /** One taken slot; closing it (any number of times) gives it back once. */
  public static final class Slot implements AutoCloseable {
    private final Semaphore owner;
    private final AtomicBoolean held = new AtomicBoolean(true);

    private Slot(Semaphore owner) {
      this.owner = owner;
    }

    @Override
    public void close() {
      if (held.compareAndSet(true, false)) {
        owner.release();
      }
    }
  }
}
