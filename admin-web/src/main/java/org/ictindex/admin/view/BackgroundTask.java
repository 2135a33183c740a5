package org.ictindex.admin.view;

import java.io.Serializable;
import java.util.function.Function;

/**
 * One piece of long work: its progress while it runs, then its result or the exception that stopped
 * it.
 */
public final class BackgroundTask<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private volatile int percent;
  private volatile String stepKey = "task.started";
  private volatile boolean finished;
  private transient volatile T result;
  private transient volatile RuntimeException failure;

  BackgroundTask(String id) {
    this.id = id;
  }

  void run(Function<BackgroundTask<T>, T> work) {
    try {
      result = work.apply(this);
    } catch (RuntimeException stopped) {
      failure = stopped;
    } finally {
      percent = 100;
      finished = true;
    }
  }

  /** Called by the work: how far it is, and the bundle key of the step it is in. */
  public void progress(int percent, String stepKey) {
    this.percent = Math.max(0, Math.min(99, percent));
    this.stepKey = stepKey;
  }

  public String id() {
    return id;
  }

  public int percent() {
    return percent;
  }

  public String stepKey() {
    return stepKey;
  }

  public boolean isFinished() {
    return finished;
  }

  /** The result once finished without failure; null otherwise. */
  public T result() {
    return result;
  }

  /** What stopped the work, once finished; null when it succeeded. */
  public RuntimeException failure() {
    return failure;
  }
}
