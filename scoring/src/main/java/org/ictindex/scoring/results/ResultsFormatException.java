package org.ictindex.scoring.results;

/** Results JSON that cannot be read: not JSON, or not of the results' shape. */
public final class ResultsFormatException extends RuntimeException {

  public ResultsFormatException(String message) {
    super(message);
  }
}
