package org.ictindex.admin.view;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Long work (import, preview with uncertainty, publish) of one person's session, run off the
 * request thread so that the screen stays responsive and can show progress by polling. The work
 * runs with the person's identity, so the services check their rights as for any request.
 */
@SessionScoped
public class BackgroundTasks implements Serializable {

  private static final long serialVersionUID = 1L;

  @Resource private transient ManagedExecutorService executor;

  private final Map<String, BackgroundTask<?>> tasks = new ConcurrentHashMap<>();

  /**
   * Starts the work; it reports its progress to the task it is given.
   *
   * @return the task, whose id a page keeps to poll it
   */
  public <T> BackgroundTask<T> start(Function<BackgroundTask<T>, T> work) {
    BackgroundTask<T> task = new BackgroundTask<>(UUID.randomUUID().toString());
    tasks.put(task.id(), task);
    executor.submit(() -> task.run(work));
    return task;
  }

  /**
   * Hands over the task once it has finished, and forgets it, so that its outcome is shown once.
   *
   * @return the finished task; empty while it runs, or when no task has the id
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<BackgroundTask<T>> takeFinished(String id) {
    BackgroundTask<?> task = id == null ? null : tasks.get(id);
    if (task == null || !task.isFinished()) {
      return Optional.empty();
    }
    tasks.remove(id);
    return Optional.of((BackgroundTask<T>) task);
  }

  /** How far the task is: 0 before one starts, 100 once it has been taken. */
  public int percent(String id) {
    if (id == null) {
      return 0;
    }
    BackgroundTask<?> task = tasks.get(id);
    return task == null ? 100 : task.percent();
  }

  /** The bundle key of the step the task is in. */
  public String stepKey(String id) {
    BackgroundTask<?> task = id == null ? null : tasks.get(id);
    return task == null ? "task.started" : task.stepKey();
  }
}
