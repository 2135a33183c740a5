package org.ictindex.admin.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One view of an admin screen, posted back with ajax as PrimeFaces does, keeping its view state.
 */
public final class AjaxView {

  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  private final ScreenSession session;
  private final String path;
  private final String page;
  private String viewState;
  private String lastAnswer;

  /** The view of {@code page}, fetched from {@code path} in the session. */
  public AjaxView(ScreenSession session, String path, String page) {
    this.session = session;
    this.path = path;
    this.page = page;
    this.viewState = ScreenSession.viewState(page).orElseThrow();
    this.lastAnswer = page;
  }

  public static AjaxView open(ScreenSession session, String path) throws Exception {
    return new AjaxView(session, path, session.get(path).body());
  }

  public ScreenSession session() {
    return session;
  }

  /** The page as it was first fetched. */
  public String page() {
    return page;
  }

  /** What a postback outside ajax carries: the view state of the latest answer and the nonce. */
  public Map<String, String> postbackFields() {
    Map<String, String> fields = ScreenSession.postbackFields(page);
    fields.put("jakarta.faces.ViewState", viewState);
    return fields;
  }

  /** Posts the source with ajax, processing {@code execute} and rendering the source's form. */
  public String ajax(String source, String execute, Map<String, String> fields) throws Exception {
    String form = source.substring(0, source.indexOf(':'));
    Map<String, String> all = new LinkedHashMap<>();
    all.put("jakarta.faces.partial.ajax", "true");
    all.put("jakarta.faces.source", source);
    all.put(
        "jakarta.faces.partial.execute", "@this".equals(execute) ? source : source + " " + execute);
    all.put("jakarta.faces.partial.render", form);
    all.put(source, source);
    all.put(form, form);
    all.putAll(fields);
    all.putAll(postbackFields());
    String answer = session.postRaw(path.replaceFirst("\\?.*", ""), all).body();
    Matcher state = PARTIAL_VIEW_STATE.matcher(answer);
    if (state.find()) {
      viewState = state.group(1);
    }
    lastAnswer = answer;
    return answer;
  }

  /**
   * Polls as the page does until the background work of the form has finished; the last answer.
   *
   * @throws IllegalStateException when it still runs after a minute
   */
  public String pollUntilDone(String form) throws Exception {
    String answer = lastAnswer;
    for (int attempt = 0; attempt < 120 && answer.contains(form + ":progress"); attempt++) {
      Thread.sleep(500);
      answer = ajax(form + ":poll", form + ":poll", Map.of());
    }
    if (answer.contains(form + ":progress")) {
      throw new IllegalStateException(form + " still runs after a minute");
    }
    return answer;
  }
}
