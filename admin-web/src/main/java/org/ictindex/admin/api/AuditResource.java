package org.ictindex.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ictindex.domain.audit.AuditQueries;
import org.ictindex.domain.audit.ChainVerification;

/**
 * The audit trail's hash chain, checked on request: for auditors' scripts and the restore drill.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditQueries queries;

  /**
   * Recomputes every record's hash and link. {@code intact} is true only when every record holds
   * and the chain ends at the stored head; otherwise the first broken record is named, or the head
   * mismatch says that records at the end were removed.
   */
  @GET
  @Path("verification")
  public Map<String, Object> verification() {
    ChainVerification result = queries.verifyChain();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("intact", result.intact());
    answer.put("intactRecords", result.intactRecords());
    answer.put("headMatches", result.headMatches());
    result
        .brokenRecord()
        .ifPresent(
            broken -> {
              Map<String, Object> record = new LinkedHashMap<>();
              record.put("id", broken.id());
              record.put("recordedAt", broken.recordedAt().toString());
              record.put("actor", broken.actor());
              record.put("action", broken.action());
              record.put("subject", broken.subject());
              answer.put("firstBrokenRecord", record);
            });
    return answer;
  }
}
