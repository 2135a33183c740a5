package org.ictindex.publicweb.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.domain.language.Language;
import org.ictindex.domain.publication.Publication;

/** The published years, their rankings, units, statistics and packages. */
@Path("cycles")
public class CyclesResource {

  private static final List<String> RANKING_FIELDS =
      List.of(
          "unitCode",
          "nameVi",
          "nameEn",
          "rank",
          "of",
          "score",
          "percent",
          "classCode",
          "change",
          "previousRank");
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
  private static final List<String> CLASS_FIELDS =
      List.of("node", "classCode", "count", "share", "shareChange");
  private static final List<String> INDICATOR_FIELDS =
      List.of(
          "code",
          "reporting",
          "positive",
          "sum",
          "mean",
          "median",
          "min",
          "max",
          "positiveChange",
          "sumChange");

  @Inject private PublishedResults published;

  @Context private Request request;
  @Context private HttpHeaders headers;

  @QueryParam("format")
  private String format;

  @QueryParam(Language.PARAMETER)
  private String lang;

  /** Every published year with its current revision. */
  @GET
  public Response cycles() {
    List<Map<String, Object>> cycles = new ArrayList<>();
    for (Publication publication : published.currentRevisions()) {
      Map<String, Object> cycle = new LinkedHashMap<>();
      cycle.put("year", publication.cycle().year());
      cycle.put("frameworkCode", publication.cycle().frameworkCode());
      cycle.put("publishedAt", publication.publishedAt().toString());
      cycle.put("revision", publication.revision());
      cycle.put("sha256", publication.packageSha256());
      cycles.add(cycle);
    }
    String tag =
        AuditChain.sha256Hex(cycles.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    List<String> fields = List.of("year", "frameworkCode", "publishedAt", "revision", "sha256");
    return answer(tag, "cycles.csv", cycles, fields);
  }

  /** One ranking: ranked units by rank, then the units without a rank there. */
  @GET
  @Path("{year}/rankings/{group}")
  public Response ranking(
      @PathParam("year") int year,
      @PathParam("group") String group,
      @QueryParam("node") @DefaultValue("TOTAL") String node) {
    Optional<YearResults> results = published.year(year);
    if (results.isEmpty()) {
      return unknownYear(year);
    }
    if (!results.get().hasGroup(group)) {
      return notFound("Không có nhóm " + group + ".", "There is no group " + group + ".");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode unit : results.get().unitsOf(group)) {
      YearResults.node(unit, node).ifPresent(entry -> rows.add(rankingRow(unit, entry)));
    }
    if (rows.isEmpty()) {
      return notFound(
          "Nhóm " + group + " không có tiêu chí " + node + ".",
          "The group " + group + " has no node " + node + ".");
    }
    rows.sort(RANKING_ORDER);
    return answer(
        results.get().resultsSha256().substring(0, 32) + "-" + group + "-" + node,
        "ranking-" + year + "-" + group + "-" + node + ".csv",
        rows,
        RANKING_FIELDS);
  }

  /** A unit's results at TOTAL and every node. */
  @GET
  @Path("{year}/units/{unitCode}")
  public Response unit(@PathParam("year") int year, @PathParam("unitCode") String unitCode) {
    Optional<YearResults> results = published.year(year);
    if (results.isEmpty()) {
      return unknownYear(year);
    }
    Optional<JsonNode> unit = results.get().unit(unitCode);
    if (unit.isEmpty()) {
      return notFound(
          "Năm " + year + " không có đơn vị " + unitCode + ".",
          "There is no unit " + unitCode + " in " + year + ".");
    }
    String tag = results.get().resultsSha256().substring(0, 32) + "-unit-" + unitCode;
    if (!wantsCsv()) {
      return Answers.tagged(request, tag + "-json", () -> Answers.json(unit.get()));
    }
    List<List<?>> rows = new ArrayList<>();
    unit.get().get("nodes").forEach(entry -> rows.add(values(entry, UNIT_NODE_FIELDS)));
    return Answers.tagged(
        request,
        tag + "-csv",
        () -> Answers.csv("unit-" + year + "-" + unitCode + ".csv", UNIT_NODE_FIELDS, rows));
  }

  /** Class distributions and indicator statistics of a group, with changes. */
  @GET
  @Path("{year}/statistics/{group}")
  public Response statistics(@PathParam("year") int year, @PathParam("group") String group) {
    Optional<YearResults> results = published.year(year);
    if (results.isEmpty()) {
      return unknownYear(year);
    }
    Optional<JsonNode> statistics = results.get().statisticsOf(group);
    if (statistics.isEmpty()) {
      return notFound("Không có nhóm " + group + ".", "There is no group " + group + ".");
    }
    String tag = results.get().resultsSha256().substring(0, 32) + "-statistics-" + group;
    if (!wantsCsv()) {
      return Answers.tagged(request, tag + "-json", () -> Answers.json(statistics.get()));
    }
    List<String> header = new ArrayList<>(List.of("table"));
    header.addAll(CLASS_FIELDS);
    header.addAll(INDICATOR_FIELDS);
    List<List<?>> rows = new ArrayList<>();
    statistics
        .get()
        .get("classes")
        .forEach(entry -> rows.add(section("classes", values(entry, CLASS_FIELDS), 0)));
    statistics
        .get()
        .get("indicators")
        .forEach(
            entry ->
                rows.add(
                    section("indicators", values(entry, INDICATOR_FIELDS), CLASS_FIELDS.size())));
    return Answers.tagged(
        request,
        tag + "-csv",
        () -> Answers.csv("statistics-" + year + "-" + group + ".csv", header, rows));
  }

  /** The published package of the year's current revision, byte for byte. */
  @GET
  @Path("{year}/package.zip")
  public Response cyclePackage(@PathParam("year") int year) {
    Optional<YearResults> results = published.year(year);
    if (results.isEmpty()) {
      return unknownYear(year);
    }
    return Answers.tagged(
        request,
        results.get().packageSha256(),
        () ->
            Response.ok(published.packageOf(year).orElseThrow(), "application/zip")
                .header(
                    "Content-Disposition",
                    "attachment; filename=\"ictindex-"
                        + year
                        + "-r"
                        + results.get().revision()
                        + ".zip\""));
  }

  private Response answer(
      String tag, String fileName, List<Map<String, Object>> rows, List<String> fields) {
    if (!wantsCsv()) {
      return Answers.tagged(request, tag + "-json", () -> Answers.json(rows));
    }
    List<List<?>> csvRows = new ArrayList<>();
    rows.forEach(row -> csvRows.add(fields.stream().map(row::get).toList()));
    return Answers.tagged(request, tag + "-csv", () -> Answers.csv(fileName, fields, csvRows));
  }

  private boolean wantsCsv() {
    return Answers.wantsCsv(format, headers);
  }

  private static Map<String, Object> rankingRow(JsonNode unit, JsonNode entry) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("unitCode", unit.get("unitCode").asText());
    row.put("nameVi", unit.get("nameVi").asText());
    row.put("nameEn", unit.get("nameEn").asText());
    for (String field :
        List.of("rank", "of", "score", "percent", "classCode", "change", "previousRank")) {
      row.put(field, scalar(entry.get(field)));
    }
    return row;
  }

  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  /** By rank; equal ranks and unranked units by Vietnamese alphabetical order of their names. */
  private static final Comparator<Map<String, Object>> RANKING_ORDER =
      Comparator.<Map<String, Object>, Integer>comparing(
              row ->
                  row.get("rank") == null
                      ? Integer.MAX_VALUE
                      : ((Number) row.get("rank")).intValue())
          .thenComparing(row -> (String) row.get("nameVi"), VIETNAMESE);

  private static List<Object> values(JsonNode entry, List<String> fields) {
    return fields.stream().map(field -> scalar(entry.get(field))).toList();
  }

  private static List<Object> section(String name, List<Object> values, int offset) {
    Object[] row = new Object[1 + CLASS_FIELDS.size() + INDICATOR_FIELDS.size()];
    row[0] = name;
    for (int i = 0; i < values.size(); i++) {
      row[1 + offset + i] = values.get(i);
    }
    return Arrays.asList(row);
  }

  private static Object scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().intValueExact();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    return value.asText();
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
