package org.ictindex.scoring.pkg;

/**
 * One thing wrong with a framework, its units or its values, tagged with what it concerns, so that
 * a reader of files can place it at a line and column and a screen at the element it shows.
 *
 * @param concern what kind of element the problem is about
 * @param position the element's place in its list: {@link
 *     org.ictindex.scoring.model.Framework#groups()}, {@code classes()}, {@code allNodes()}, the
 *     package's units or values; -1 for the framework itself
 * @param code the code of the group, class, node or unit, or for a value its unit's code; null for
 *     the framework itself or when the element has no code
 * @param indicatorCode for a value, its indicator's code; null otherwise
 * @param field where in the element, as a path of the element's fields in framework.json spelling
 *     ({@code "weight"}, {@code "rule/bands/2/from"}, {@code "appliesTo/PROVINCE"}, {@code
 *     "name/vi"}); empty for the element as a whole
 */
public record Problem(
    Concern concern,
    Kind kind,
    int position,
    String code,
    String indicatorCode,
    String field,
    String messageVi,
    String messageEn) {

  /** The kinds of element a problem can concern. */
  public enum Concern {
    FRAMEWORK,
    GROUP,
    CLASS,
    NODE,
    UNIT,
    VALUE
  }

  /** Which rule the problem breaks; one rule, one kind, whatever it concerns. */
  public enum Kind {
    BLANK_CODE,
    MALFORMED_CODE,
    RESERVED_CODE,
    DUPLICATE_CODE,
    BLANK_NAME,
    REFUSED_TEXT,
    MISSING_NUMBER,
    NO_GROUPS,
    NO_NODES,
    NO_ZERO_CLASS,
    THRESHOLD_OUT_OF_RANGE,
    DUPLICATE_THRESHOLD,
    NO_RULE,
    NEGATIVE_WEIGHT,
    NEGATIVE_POINTS,
    FLAT_LINEAR_RULE,
    NO_BANDS,
    BANDS_NOT_ASCENDING,
    UNKNOWN_GROUP,
    UNKNOWN_UNIT,
    UNKNOWN_INDICATOR,
    NOT_AN_INDICATOR,
    INDICATOR_NOT_APPLICABLE,
    DUPLICATE_VALUE,
    NOT_A_YES_NO_VALUE,
    MALFORMED_PREDECESSOR,
    OWN_PREDECESSOR,
    DUPLICATE_PREDECESSOR,
    UNKNOWN_PREDECESSOR
  }

  /** The message in the given language: {@code "en"} for English, Vietnamese otherwise. */
  public String message(String language) {
    return "en".equals(language) ? messageEn : messageVi;
  }
}
