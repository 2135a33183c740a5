package org.ictindex.publicweb.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.language.Language;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevision.UnitAtNode;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.domain.published.Tables;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.results.ResultsJson;

/**
 * The published years, their rankings, units, statistics and packages, read from the same {@link
 * PublishedRevision} as the pages. Entity tags and caching are the page cache's ({@code
 * RenderedPages}), as for every public answer.
 */
@Path("cycles")
public class CyclesResource {

  private static final List<String> UNIT_NODE_FIELDS =
      List.of(
          "code",
          "nameVi",
          "nameEn",
          "depth",
          "rank",
          "of",
          "score",
          "max",
          "percent",
          "classCode",
          "change",
          "previousRank");

  @Inject private PublishedRevisions published;

  @Context private HttpHeaders headers;

  @QueryParam("format")
  private String format;

  @QueryParam(Language.PARAMETER)
  private String lang;

  /** Every published year with its current revision. */
  @GET
  public Response cycles() {
    List<Map<String, Object>> cycles = new ArrayList<>();
    for (PublishedRevision revision : published.years()) {
      Map<String, Object> cycle = new LinkedHashMap<>();
      cycle.put("year", revision.year());
      cycle.put("frameworkCode", revision.framework().code());
      cycle.put("publishedAt", revision.publishedAt().toString());
      cycle.put("revision", revision.revision());
      cycle.put("sha256", revision.packageSha256());
      cycles.add(cycle);
    }
    List<String> fields = List.of("year", "frameworkCode", "publishedAt", "revision", "sha256");
    if (!wantsCsv()) {
      return Answers.json(cycles);
    }
    return Answers.csv(
        "cycles.csv",
        fields,
        cycles.stream().map(cycle -> fields.stream().map(cycle::get).toList()).toList());
  }

  /** One ranking, in the revision's ranking order: ranked units by rank, then the unranked. */
  @GET
  @Path("{year}/rankings/{group}")
  public Response ranking(
      @PathParam("year") int year,
      @PathParam("group") String group,
      @QueryParam("node") @DefaultValue("TOTAL") String node) {
    Optional<PublishedRevision> revision = published.year(year);
    if (revision.isEmpty()) {
      return unknownYear(year);
    }
    if (revision.get().statistics(group).isEmpty()) {
      return notFound("Không có nhóm " + group + ".", "There is no group " + group + ".");
    }
    List<UnitAtNode> ranking = revision.get().ranking(group, node);
    if (ranking.isEmpty()) {
      return notFound(
          "Nhóm " + group + " không có tiêu chí " + node + ".",
          "The group " + group + " has no node " + node + ".");
    }
    if (!wantsCsv()) {
      return Answers.json(ranking.stream().map(Tables.RANKING::object).toList());
    }
    return Answers.csv(
        "ranking-" + year + "-" + group + "-" + node + ".csv",
        Tables.RANKING.header(),
        Tables.RANKING.rows(ranking));
  }

  /** A unit's results at TOTAL and every node. */
  @GET
  @Path("{year}/units/{unitCode}")
  public Response unit(@PathParam("year") int year, @PathParam("unitCode") String unitCode) {
    Optional<PublishedRevision> revision = published.year(year);
    if (revision.isEmpty()) {
      return unknownYear(year);
    }
    Optional<UnitResult> unit = revision.get().unit(unitCode);
    if (unit.isEmpty()) {
      return notFound(
          "Năm " + year + " không có đơn vị " + unitCode + ".",
          "There is no unit " + unitCode + " in " + year + ".");
    }
    Map<String, Object> json = ResultsJson.unit(unit.get(), revision.get()::nodeName);
    if (!wantsCsv()) {
      return Answers.json(json);
    }
    List<List<?>> rows = new ArrayList<>();
    for (Object node : (List<?>) json.get("nodes")) {
      Map<?, ?> entry = (Map<?, ?>) node;
      rows.add(UNIT_NODE_FIELDS.stream().map(entry::get).toList());
    }
    return Answers.csv("unit-" + year + "-" + unitCode + ".csv", UNIT_NODE_FIELDS, rows);
  }

  /** Class distributions and indicator statistics of a group, with changes. */
  @GET
  @Path("{year}/statistics/{group}")
  public Response statistics(@PathParam("year") int year, @PathParam("group") String group) {
    Optional<PublishedRevision> revision = published.year(year);
    if (revision.isEmpty()) {
      return unknownYear(year);
    }
    Optional<GroupStatistics> statistics = revision.get().statistics(group);
    if (statistics.isEmpty()) {
      return notFound("Không có nhóm " + group + ".", "There is no group " + group + ".");
    }
    if (!wantsCsv()) {
      return Answers.json(ResultsJson.statistics(statistics.get()));
    }
    List<String> classes = Tables.CLASSES.header();
    List<String> indicators = Tables.INDICATORS.header();
    List<String> header = new ArrayList<>(List.of("table"));
    header.addAll(classes);
    header.addAll(indicators);
    List<List<?>> rows = new ArrayList<>();
    Tables.CLASSES
        .rows(statistics.get().classes())
        .forEach(row -> rows.add(section("classes", row, 0, header.size())));
    Tables.INDICATORS
        .rows(statistics.get().indicators())
        .forEach(row -> rows.add(section("indicators", row, classes.size(), header.size())));
    return Answers.csv("statistics-" + year + "-" + group + ".csv", header, rows);
  }

  /** The published package of the year's current revision, byte for byte. */
  @GET
  @Path("{year}/package.zip")
  public Response cyclePackage(@PathParam("year") int year) {
    Optional<PublishedRevision> revision = published.year(year);
    Optional<byte[]> zip = published.packageOf(year);
    if (revision.isEmpty() || zip.isEmpty()) {
      return unknownYear(year);
    }
    return Response.ok(zip.get(), "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"ictindex-" + year + "-r" + revision.get().revision() + ".zip\"")
        .build();
  }

  private boolean wantsCsv() {
    return Answers.wantsCsv(format, headers);
  }

  /** A row of one of the statistics file's two tables, its cells placed under its own columns. */
  private static List<Object> section(String name, List<Object> values, int offset, int width) {
    Object[] row = new Object[width];
    row[0] = name;
    for (int i = 0; i < values.size(); i++) {
      row[1 + offset + i] = values.get(i);
    }
    return Arrays.asList(row);
  }

  private Response unknownYear(int year) {
    return notFound(
        "Năm " + year + " chưa được công bố.", "The year " + year + " has not been published.");
  }

  private Response notFound(String vi, String en) {
    String language =
        Language.choose(lang, null, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).code();
    return Answers.notFound("en".equals(language) ? en : vi);
  }
}
