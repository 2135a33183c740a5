package org.ictindex.admin.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading forms and fields out of a rendered admin page. */
public final class FormFields {

  private FormFields() {}

  /**
   * The fields a browser would send with the form as the page shows it: its text and hidden inputs,
   * ticked boxes and chosen options (buttons only when clicked, so none).
   *
   * @throws IllegalArgumentException when the page has no such form
   */
  public static Map<String, String> of(String page, String formId) {
    int start = page.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalArgumentException("The page has no form " + formId);
    }
    String form = page.substring(start, page.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
    while (input.find()) {
      String attributes = input.group(1);
      String name = attribute(attributes, "name");
      String type = attribute(attributes, "type");
      boolean ticked = attributes.contains("checked");
      if (name == null
          || name.equals("jakarta.faces.ViewState")
          || (("checkbox".equals(type) || "radio".equals(type)) && !ticked)) {
        continue;
      }
      String value = attribute(attributes, "value");
      fields.put(name, value == null ? "" : value);
    }
    Matcher select = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(form);
    while (select.find()) {
      Matcher chosen = Pattern.compile("<option([^>]*selected[^>]*)>").matcher(select.group(2));
      if (chosen.find()) {
        fields.put(attribute(select.group(1), "name"), attribute(chosen.group(1), "value"));
      }
    }
    return fields;
  }

  /** The value of the page's input with that name; empty when it has none. */
  public static String inputValue(String page, String name) {
    Matcher input =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
    if (!input.find()) {
      throw new IllegalArgumentException("The page has no field " + name);
    }
    String value = attribute(input.group(), "value");
    return value == null ? "" : value;
  }

  private static String attribute(String attributes, String name) {
    Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return value.find() ? value.group(1).replace("&amp;", "&") : null;
  }
}
