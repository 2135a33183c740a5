package org.ictindex.publicweb.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.ictindex.publicweb.download.TableFile;

/**
 * A page's table as a file: the page's own address with {@code ?format=csv} answers the table
 * instead of the page, so every table can be downloaded exactly as it is shown.
 */
final class Downloads {

  private Downloads() {}

  /** Whether the request asks for the table of the page rather than the page. */
  static boolean wanted(ExternalContext external) {
    return "csv".equals(external.getRequestParameterMap().get("format"));
  }

  /** Answers the table as a CSV file and ends the request. */
  static void send(
      FacesContext faces, String fileName, List<String> header, List<? extends List<?>> rows)
      throws IOException {
    ExternalContext external = faces.getExternalContext();
    byte[] file = TableFile.csv(header, rows);
    external.setResponseContentType(TableFile.CSV_TYPE);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    external.setResponseContentLength(file.length);
    external.getResponseOutputStream().write(file);
    faces.responseComplete();
  }
}
