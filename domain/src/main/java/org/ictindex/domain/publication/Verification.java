package org.ictindex.domain.publication;

/** Whether a revision still has its frozen package and still recomputes to its results. */
public record Verification(
    int year,
    int revision,
    String storedPackageSha256,
    String packageSha256,
    String storedResultsSha256,
    String resultsSha256) {

  public boolean packageMatches() {
    return storedPackageSha256.equals(packageSha256);
  }

  public boolean resultsMatch() {
    return storedResultsSha256.equals(resultsSha256);
  }

  public boolean holds() {
    return packageMatches() && resultsMatch();
  }
}
