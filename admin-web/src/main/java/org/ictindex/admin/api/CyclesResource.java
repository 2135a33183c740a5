package org.ictindex.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.admin.entry.UploadLimit;
import org.ictindex.domain.cycle.CycleService;
import org.ictindex.domain.cycle.DataEntry;
import org.ictindex.domain.cycle.ImportSummary;
import org.ictindex.domain.publication.Publication;
import org.ictindex.domain.publication.PublicationService;
import org.ictindex.domain.publication.Verification;
import org.ictindex.domain.publication.Withdrawal;
import org.ictindex.domain.unit.RecordedValue;

/** A year's package, preview, publication, corrections and revisions. */
@Path("cycles/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class CyclesResource {

  private static final String ZIP = "application/zip";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private CycleService cycleService;
  @Inject private DataEntry dataEntry;
  @Inject private PublicationService publicationService;

  @PathParam("year")
  private int year;

  /** Creates the year's draft from the package, or replaces the draft's data. */
  @PUT
  @Path("package")
  @Consumes(ZIP)
  public ImportSummary importPackage(InputStream zip) {
    return cycleService.importPackage(year, UploadLimit.read(zip));
  }

  /** The year's values as a workbook to fill in (docs/XLSX-IMPORT.md). */
  @GET
  @Path("workbook.xlsx")
  @Produces(XLSX)
  public Response workbook() {
    return Response.ok(dataEntry.workbook(year))
        .header("Content-Disposition", "attachment; filename=\"values-" + year + ".xlsx\"")
        .build();
  }

  /** Replaces the values of the units in a filled-in workbook; 422 with every error otherwise. */
  @PUT
  @Path("workbook")
  @Consumes(XLSX)
  public ImportSummary importWorkbook(InputStream xlsx) {
    return dataEntry.importWorkbook(year, UploadLimit.read(xlsx));
  }

  /** Creates the year's draft by copying the framework and units of the year before. */
  @POST
  public Response createByCopy() {
    return Response.status(Response.Status.CREATED)
        .entity(cycleService.createYearByCopy(year))
        .build();
  }

  /** One value with its note and version (the version to send back when changing it). */
  @GET
  @Path("values/{unitCode}/{indicatorCode}")
  public Response value(
      @PathParam("unitCode") String unitCode, @PathParam("indicatorCode") String indicatorCode) {
    return cycleService
        .value(year, unitCode, indicatorCode)
        .map(value -> Response.ok(describe(value)))
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(java.util.Map.of()))
        .build();
  }

  /** What a value is changed to: the value's text (empty for missing), a note, the version seen. */
  public record ValueChange(String value, String note, Long version) {}

  /** Changes one value of the draft; 409 when someone else changed it since {@code version}. */
  @PUT
  @Path("values/{unitCode}/{indicatorCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> changeValue(
      @PathParam("unitCode") String unitCode,
      @PathParam("indicatorCode") String indicatorCode,
      ValueChange change) {
    ValueChange given = change == null ? new ValueChange(null, null, null) : change;
    return describe(
        cycleService.editValue(
            year, unitCode, indicatorCode, given.value(), given.note(), given.version()));
  }

  /** The draft's results, as they would be published now. */
  @GET
  @Path("preview")
  public String preview() {
    return publicationService.preview(year);
  }

  @POST
  @Path("publish")
  public Map<String, Object> publish() {
    return describe(publicationService.publish(year));
  }

  @POST
  @Path("corrections")
  @Consumes(ZIP)
  public Map<String, Object> correct(@QueryParam("reason") String reason, InputStream zip) {
    return describe(publicationService.correct(year, UploadLimit.read(zip), reason));
  }

  /**
   * Takes the year's current revision off the public site, with a reason; administrators only. 409
   * when the year is not public (never published, or already withdrawn).
   */
  @POST
  @Path("withdrawal")
  public Map<String, Object> withdraw(@QueryParam("reason") String reason) {
    return describe(publicationService.withdraw(year, reason));
  }

  /** Every revision, each with its withdrawal (who, when, why) or null. */
  @GET
  @Path("revisions")
  public List<Map<String, Object>> revisions() {
    Map<Integer, Withdrawal> withdrawn = new HashMap<>();
    publicationService
        .withdrawals(year)
        .forEach(withdrawal -> withdrawn.put(withdrawal.revision(), withdrawal));
    return publicationService.revisions(year).stream()
        .map(
            publication -> {
              Map<String, Object> answer = describe(publication);
              Withdrawal withdrawal = withdrawn.get(publication.revision());
              answer.put("withdrawal", withdrawal == null ? null : describe(withdrawal));
              return answer;
            })
        .toList();
  }

  /** The exact package of a revision, byte for byte as published. */
  @GET
  @Path("revisions/{revision}/package.zip")
  @Produces(ZIP)
  public Response exportPackage(@PathParam("revision") int revision) {
    return Response.ok(publicationService.exportPackage(year, revision))
        .header(
            "Content-Disposition",
            "attachment; filename=\"ictindex-" + year + "-r" + revision + ".zip\"")
        .build();
  }

  /** Recomputes a revision and says whether its hashes still match. */
  @GET
  @Path("revisions/{revision}/verification")
  public Verification verify(@PathParam("revision") int revision) {
    return publicationService.verify(year, revision);
  }

  private static Map<String, Object> describe(RecordedValue value) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("unitCode", value.unitCode());
    answer.put("indicatorCode", value.indicatorCode());
    answer.put("value", value.valueText());
    answer.put("note", value.note());
    answer.put("version", value.version());
    answer.put("updatedBy", value.updatedBy());
    answer.put("updatedAt", value.updatedAt().toString());
    return answer;
  }

  private static Map<String, Object> describe(Withdrawal withdrawal) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("year", withdrawal.publication().cycle().year());
    answer.put("revision", withdrawal.revision());
    answer.put("withdrawnAt", withdrawal.withdrawnAt().toString());
    answer.put("withdrawnBy", withdrawal.withdrawnBy());
    answer.put("reason", withdrawal.reason());
    return answer;
  }

  private static Map<String, Object> describe(Publication publication) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("year", publication.cycle().year());
    answer.put("revision", publication.revision());
    answer.put("sha256", publication.packageSha256());
    answer.put("resultsSha256", publication.resultsSha256());
    // What an auditor passes to the command line's verify (--uncertainty, --seed) to recompute it.
    answer.put("uncertaintyDraws", publication.uncertaintyDraws());
    answer.put("uncertaintySeed", publication.uncertaintySeed());
    answer.put("publishedAt", publication.publishedAt().toString());
    answer.put("publishedBy", publication.publishedBy());
    answer.put("reason", publication.reason());
    return answer;
  }
}
