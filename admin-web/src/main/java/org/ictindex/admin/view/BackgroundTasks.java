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

  /** The session's task with the id, if any. */
  @SuppressWarnings("unchecked")
  public <T> Optional<BackgroundTask<T>> find(String id) {
    return Optional.ofNullable((BackgroundTask<T>) tasks.get(id));
  }

  /** Forgets a finished task. */
  public void forget(String id) {
    tasks.remove(id);
  }
}
