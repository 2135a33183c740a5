package org.ictindex.domain.publication;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells every application in the cluster that a year has a new revision (or that its current one
 * was withdrawn), through a topic of the data grid that Payara Micro runs (Hazelcast), so that each
 * instance reads the current revisions at once instead of at its next recheck. The admin app
 * announces once the publishing transaction has committed; every app listens, its own announcements
 * included. An instance started without clustering announces to itself only.
 */
@ApplicationScoped
public class RevisionNotices {

  private static final Logger LOG = Logger.getLogger(RevisionNotices.class.getName());

  /** The data grid that Payara binds under this name. */
  private static final String DATA_GRID = "payara/Hazelcast";

  static final String TOPIC = "ictindex.revisions";

  @Inject private CurrentRevisions currentRevisions;

  private ITopic<String> topic;
  private UUID listener;

  /** Starts listening when the application starts. */
  void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      HazelcastInstance grid = InitialContext.doLookup(DATA_GRID);
      if (!grid.getLifecycleService().isRunning()) {
        LOG.info("The data grid is not running: new revisions are noticed at the next recheck.");
        return;
      }
      topic = grid.getTopic(TOPIC);
      listener = topic.addMessageListener(message -> currentRevisions.forget());
    } catch (NamingException | RuntimeException noGrid) {
      LOG.info(
          "No data grid ("
              + noGrid.getMessage()
              + "): new revisions are noticed at the next recheck.");
    }
  }

  @PreDestroy
  void stopListening() {
    if (topic != null) {
      topic.removeMessageListener(listener);
    }
  }

  /** Announces a new revision once it is committed, and only then. */
  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevisionPublished published) {
    announce(published.year() + "/" + published.revision());
  }

  /** Announces a withdrawal once it is committed: every instance stops showing the year at once. */
  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevisionWithdrawn withdrawn) {
    announce(withdrawn.year() + "/" + withdrawn.revision() + "/withdrawn");
  }

  private void announce(String message) {
    currentRevisions.forget();
    if (topic != null) {
      topic.publish(message);
    }
  }
}
