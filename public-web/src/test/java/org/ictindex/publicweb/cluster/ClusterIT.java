package org.ictindex.publicweb.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ictindex.domain.testing.DatabaseTables;
import org.ictindex.domain.testing.MicroInstance;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two public instances and the admin app as three Payara Micro processes in one cluster on one
 * database: a correction published through the admin app is served by both public instances within
 * two seconds. The public instances recheck the database only once an hour here, so only the
 * cluster's announcement can make them see the new revision in time. The database is one of its
 * own, so that the year published here is not seen by the other tests of the module.
 */
@EnabledIfSystemProperty(
    named = "it.cluster.db.url",
    matches = ".+",
    disabledReason =
        "needs a database of its own on a server that several processes share (CI's MariaDB pass)")
class ClusterIT {

  private static final int YEAR = 2093;
  private static final Duration START_PATIENCE = Duration.ofMinutes(4);
  private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(2);

  private static final List<MicroInstance> instances = new ArrayList<>();
  private static MicroInstance admin;
  private static MicroInstance firstPublic;
  private static MicroInstance secondPublic;
  private static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startTheCluster() throws Exception {
    Path work = Files.createTempDirectory(Path.of("target"), "cluster");
    String cluster = "ictindex-it-" + UUID.randomUUID();
    int[] gridPorts = {
      MicroInstance.freePort(), MicroInstance.freePort(), MicroInstance.freePort()
    };
    String members =
        "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1] + ",127.0.0.1:" + gridPorts[2];
    DatabaseTables.dropAll(
        System.getProperty("it.cluster.db.url"),
        System.getProperty("it.cluster.db.user"),
        System.getProperty("it.cluster.db.password"));
    // The public instances read the cluster's database with its account: the read-only account
    // that the test run may name is one of the other database's.
    Map<String, String> database =
        Map.of(
            "ICTINDEX_DB_URL", System.getProperty("it.cluster.db.url"),
            "ICTINDEX_DB_USER", System.getProperty("it.cluster.db.user", ""),
            "ICTINDEX_DB_PASSWORD", System.getProperty("it.cluster.db.password", ""),
            "ICTINDEX_PUBLIC_DB_USER", "",
            "ICTINDEX_PUBLIC_DB_PASSWORD", "",
            "ICTINDEX_DEMO_DATA", "false",
            "ICTINDEX_ADMIN_PASSWORD", System.getProperty("it.admin.password"),
            "ICTINDEX_REVISIONS_RECHECK_MILLIS", Long.toString(Duration.ofHours(1).toMillis()));
    admin =
        started(
            MicroInstance.start(
                "admin",
                Path.of(System.getProperty("admin.war")),
                clustered(cluster, gridPorts[0], members),
                database,
                work));
    admin.awaitAnswer("/admin/login.xhtml", START_PATIENCE);
    firstPublic =
        started(
            MicroInstance.start(
                "public-1",
                Path.of(System.getProperty("public.war")),
                clustered(cluster, gridPorts[1], members),
                database,
                work));
    secondPublic =
        started(
            MicroInstance.start(
                "public-2",
                Path.of(System.getProperty("public.war")),
                clustered(cluster, gridPorts[2], members),
                database,
                work));
    firstPublic.awaitAnswer("/api/v1/cycles", START_PATIENCE);
    secondPublic.awaitAnswer("/api/v1/cycles", START_PATIENCE);
  }

  /**
   * Payara Micro's options for a member of the cluster.
   *
   * @param cluster the cluster's name; only instances given the same name join each other
   * @param dataGridPort the port of this instance's member of the data grid
   * @param members every member's address, as Payara Micro's TCP/IP discovery takes them
   */
  private static List<String> clustered(String cluster, int dataGridPort, String members) {
    return List.of(
        "--clustername",
        cluster,
        "--clustermode",
        "tcpip:" + members,
        "--startport",
        Integer.toString(dataGridPort),
        "--interfaces",
        "127.0.0.1");
  }

  private static MicroInstance started(MicroInstance instance) {
    instances.add(instance);
    return instance;
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    for (MicroInstance instance : instances) {
      instance.close();
    }
  }

  @Test
  void bothPublicInstancesServeACorrectionWithinTwoSeconds() throws Exception {
    assertTrue(
        admin.log().contains("DG Size: 3"),
        "the three instances form one cluster:\n" + admin.logTail());
    assertEquals(200, adminCall("PUT", "package", zip("70")).statusCode());
    assertEquals(200, adminCall("POST", "publish", null).statusCode());
    awaitRevisionOnBoth(1);
    String rankingPath = "/rankings/" + YEAR + "/PROVINCE";
    String firstPage = firstPublic.get(rankingPath).body();
    String secondPage = secondPublic.get(rankingPath).body();

    HttpResponse<String> correction =
        adminCall("POST", "corrections?reason=HT.1%20of%20P1%20was%20typed%20wrongly", zip("95"));
    Instant corrected = Instant.now();
    assertEquals(200, correction.statusCode(), correction.body());
    Duration firstSeen = awaitRevision(firstPublic, 2, corrected);
    Duration secondSeen = awaitRevision(secondPublic, 2, corrected);

    assertTrue(
        firstSeen.compareTo(PROPAGATION_LIMIT) <= 0, "public-1 saw revision 2 after " + firstSeen);
    assertTrue(
        secondSeen.compareTo(PROPAGATION_LIMIT) <= 0,
        "public-2 saw revision 2 after " + secondSeen);
    assertNotEquals(firstPage, firstPublic.get(rankingPath).body(), "public-1's page is rebuilt");
    assertNotEquals(secondPage, secondPublic.get(rankingPath).body(), "public-2's page is rebuilt");
  }

  private static byte[] zip(String firstUnitsIndicator) {
    return TestPackages.zip(
        TestPackages.provinces(
            YEAR,
            TestPackages.unit(firstUnitsIndicator, "1", "3", "20"),
            TestPackages.unit("80", "0", "2", "10"),
            TestPackages.unit("60", "1", "1", "30")));
  }

  private static void awaitRevisionOnBoth(int revision) throws Exception {
    Instant now = Instant.now();
    awaitRevision(firstPublic, revision, now);
    awaitRevision(secondPublic, revision, now);
  }

  /** Polls the instance's list of years until the year has the revision; returns how long. */
  private static Duration awaitRevision(MicroInstance instance, int revision, Instant since)
      throws Exception {
    String wanted = "\"year\":" + YEAR;
    Instant deadline = since.plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      String cycles = instance.get("/api/v1/cycles").body();
      int at = cycles.indexOf(wanted);
      if (at >= 0 && cycles.indexOf("\"revision\":" + revision, at) > at) {
        int end = cycles.indexOf('}', at);
        if (cycles.substring(at, end).contains("\"revision\":" + revision)) {
          return Duration.between(since, Instant.now());
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "revision " + revision + " never reached the instance:\n" + instance.logTail());
  }

  private static HttpResponse<String> adminCall(String method, String path, byte[] zip)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + System.getProperty("it.admin.password"))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(admin.uri("/admin/api/cycles/" + YEAR + "/" + path).toString()))
            .header("Authorization", "Basic " + credentials);
    if (zip == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/zip");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(zip));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
