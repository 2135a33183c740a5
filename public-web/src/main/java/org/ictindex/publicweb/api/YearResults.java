package org.ictindex.publicweb.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The frozen results of one revision of a published year, parsed once: the units in the shape of
 * the public units answer and the statistics per group.
 */
final class YearResults {

  private final int year;
  private final int revision;
  private final Instant publishedAt;
  private final String packageSha256;
  private final String resultsSha256;
  private final Map<String, JsonNode> unitsByCode = new LinkedHashMap<>();
  private final JsonNode statistics;

  YearResults(
      int year,
      int revision,
      Instant publishedAt,
      String packageSha256,
      String resultsSha256,
      JsonNode results) {
    this.year = year;
    this.revision = revision;
    this.publishedAt = publishedAt;
    this.packageSha256 = packageSha256;
    this.resultsSha256 = resultsSha256;
    results.get("units").forEach(unit -> unitsByCode.put(unit.get("unitCode").asText(), unit));
    this.statistics = results.get("statistics");
  }

  int year() {
    return year;
  }

  int revision() {
    return revision;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  String packageSha256() {
    return packageSha256;
  }

  String resultsSha256() {
    return resultsSha256;
  }

  Optional<JsonNode> unit(String code) {
    return Optional.ofNullable(unitsByCode.get(code));
  }

  /** The group's units in the order of the package. */
  List<JsonNode> unitsOf(String group) {
    return unitsByCode.values().stream()
        .filter(unit -> unit.get("group").asText().equals(group))
        .toList();
  }

  boolean hasGroup(String group) {
    return statistics.has(group);
  }

  Optional<JsonNode> statisticsOf(String group) {
    return Optional.ofNullable(statistics.get(group));
  }

  /** The node entry of a unit, if the node exists for the unit's group. */
  static Optional<JsonNode> node(JsonNode unit, String code) {
    return StreamSupport.stream(unit.get("nodes").spliterator(), false)
        .filter(node -> node.get("code").asText().equals(code))
        .findFirst();
  }
}
