package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.ictindex.domain.language.Language;

/** The address of the current screen in the other language, keeping its other parameters. */
@Named
@RequestScoped
public class LanguageSwitch {

  @Inject private FacesContext faces;

  public String address(String languageCode) {
    ExternalContext external = faces.getExternalContext();
    Map<String, String[]> parameters = external.getRequestParameterValuesMap();
    String kept =
        parameters.entrySet().stream()
            .filter(entry -> isAddressParameter(entry.getKey()))
            .flatMap(
                entry ->
                    java.util.Arrays.stream(entry.getValue()).map(v -> pair(entry.getKey(), v)))
            .collect(Collectors.joining("&"));
    return "?" + (kept.isEmpty() ? "" : kept + "&") + pair(Language.PARAMETER, languageCode);
  }

  /** Form fields and the language itself are not part of a screen's address. */
  private static boolean isAddressParameter(String name) {
    return !name.equals(Language.PARAMETER) && !name.contains(":") && !name.startsWith("jakarta.");
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
