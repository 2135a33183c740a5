package org.ictindex.publicweb.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.ictindex.publicweb.download.TableFile;

/**
 * A page's table as a file: the page's own address with {@code ?format=csv} or {@code ?format=xlsx}
 * answers the table instead of the page, so every table can be downloaded as shown.
 */
final class Downloads {

  private Downloads() {}

  private static final String CSV = "csv";
  private static final String XLSX = "xlsx";

  /** Whether the request asks for the table of the page rather than the page. */
  static boolean wanted(ExternalContext external) {
    String format = external.getRequestParameterMap().get("format");
    return CSV.equals(format) || XLSX.equals(format);
  }

  /**
   * Answers the table as a file in the asked format and ends the request.
   *
   * @param name the file's name without extension
   */
  static void send(
      FacesContext faces, String name, List<String> header, List<? extends List<?>> rows)
      throws IOException {
    ExternalContext external = faces.getExternalContext();
    boolean workbook = XLSX.equals(external.getRequestParameterMap().get("format"));
    byte[] file = workbook ? TableFile.xlsx(name, header, rows) : TableFile.csv(header, rows);
    external.setResponseContentType(workbook ? TableFile.XLSX_TYPE : TableFile.CSV_TYPE);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"" + name + "." + (workbook ? XLSX : CSV) + "\"");
    external.setResponseContentLength(file.length);
    external.getResponseOutputStream().write(file);
    faces.responseComplete();
  }
}
