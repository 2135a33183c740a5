package org.ictindex.domain.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The address of the current page in another language: the address the browser asked for, with its
 * query but the language parameter replaced. Form fields of a post are not part of it.
 */
@Named
@RequestScoped
public class LanguageSwitch {

  @Inject private FacesContext faces;

  public String address(String languageCode) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    // A page reached through a forward (a stable public path) keeps the address the browser saw.
    Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    Object forwardedPath = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String query = forwardedPath != null ? (String) forwardedQuery : request.getQueryString();
    String path = forwardedPath != null ? (String) forwardedPath : request.getRequestURI();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(Language.PARAMETER + "="))
                .collect(Collectors.joining("&"));
    return path
        + "?"
        + (kept.isEmpty() ? "" : kept + "&")
        + Language.PARAMETER
        + "="
        + languageCode;
  }
}
