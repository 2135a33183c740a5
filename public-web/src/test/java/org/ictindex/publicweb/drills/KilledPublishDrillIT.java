package org.ictindex.publicweb.drills;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.model.CyclePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a publication, at several moments: after the restart the year is either
 * still a draft with nothing of the publication stored, or published with a whole revision that
 * verifies, and the audit chain holds either way.
 */
class KilledPublishDrillIT {

  private static final Logger LOG = Logger.getLogger(KilledPublishDrillIT.class.getName());

  private static final int YEAR = 2031;

  /** Enough units that computing the rank intervals keeps a publication busy for seconds. */
  private static final int UNITS = 3000;

  /** When the process is killed after the publish request was sent, earliest first. */
  private static final List<Duration> KILL_DELAYS =
      List.of(Duration.ofMillis(300), Duration.ofMillis(2000));

  @TempDir Path dataDir;

  @Test
  void aPublicationKilledMidwayLeavesTheDraftOrTheWholeRevision() throws Exception {
    Path workDir = Files.createDirectories(Path.of(System.getProperty("drills.workDir")));
    try (Drill drill = Drill.start(workDir.resolve("killed-publish"), dataDir)) {
      RunningSystem system = drill.system();
      SystemClient client = new SystemClient(system.baseUri());
      client.importPackage(YEAR, TestPackages.zip(largeYear()));

      List<String> outcomes = new ArrayList<>();
      boolean published = false;
      for (Duration delay : KILL_DELAYS) {
        CompletableFuture<HttpResponse<String>> publishing = client.startPublishing(YEAR);
        RunningSystem.sleep(delay);
        boolean answeredBeforeTheKill = publishing.isDone();
        system.kill();
        system.restart();

        published = assertWholeDraftOrWholeRevision(client);
        outcomes.add(
            "killed "
                + delay.toMillis()
                + " ms after the request, "
                + (answeredBeforeTheKill ? "after" : "before")
                + " the answer: "
                + (published ? "published" : "draft"));
        if (published) {
          break;
        }
      }
      LOG.info(() -> "Killed publications: " + outcomes);
      assertThat(outcomes)
          .as("at least one kill must land while the publication is under way")
          .anyMatch(outcome -> outcome.contains("before the answer"));

      if (!published) {
        // The draft that survived the kills must still publish, completely.
        assertThat(client.startPublishing(YEAR).get().statusCode()).isEqualTo(200);
        assertThat(assertWholeDraftOrWholeRevision(client)).isTrue();
      }
    }
  }

  /**
   * Either no revision and the year unknown to the public, or exactly revision 1 that recomputes to
   * its hashes and whose package downloads byte for byte from both apps.
   *
   * @return whether the year is published
   */
  private static boolean assertWholeDraftOrWholeRevision(SystemClient client) {
    JsonNode chain = client.auditChain();
    assertThat(chain.path("intact").asBoolean()).as("audit chain %s", chain).isTrue();

    JsonNode revisions = client.revisions(YEAR);
    boolean public_ = publicYears(client).contains(YEAR);
    if (revisions.isEmpty()) {
      assertThat(public_).as("a draft is not public").isFalse();
      return false;
    }
    assertThat(revisions).hasSize(1);
    assertThat(public_).as("a published year is public").isTrue();
    JsonNode verification = client.verification(YEAR, 1);
    assertThat(verification.path("packageSha256").asText())
        .isEqualTo(verification.path("storedPackageSha256").asText());
    assertThat(verification.path("resultsSha256").asText())
        .isEqualTo(verification.path("storedResultsSha256").asText());
    byte[] fromAdmin = client.adminPackage(YEAR, 1);
    assertThat(client.publicPackage(YEAR)).isEqualTo(fromAdmin);
    assertThat(sha256(fromAdmin)).isEqualTo(revisions.get(0).path("sha256").asText());
    return true;
  }

  private static List<Integer> publicYears(SystemClient client) {
    List<Integer> years = new ArrayList<>();
    client.publicCycles().forEach(cycle -> years.add(cycle.path("year").asInt()));
    return years;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Provinces with varied values, the same on every run. */
  private static CyclePackage largeYear() {
    Random random = new Random(YEAR);
    BigDecimal[][] units = new BigDecimal[UNITS][];
    for (int i = 0; i < UNITS; i++) {
      units[i] =
          TestPackages.unit(
              String.valueOf(random.nextInt(101)),
              String.valueOf(random.nextInt(2)),
              String.valueOf(random.nextInt(11)),
              String.valueOf(random.nextInt(51)));
    }
    return TestPackages.provinces(YEAR, units);
  }
}
