package org.ictindex.domain.published;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table of published figures, defined once by its columns and used for every form in which it
 * leaves: a page's download as CSV or XLSX, an open-data answer as CSV, and as JSON objects whose
 * keys are the column names. A cell is text, a number, or null for empty.
 *
 * @param <T> what one row shows
 */
public final class Table<T> {

  /** One column: its name in the header and how a row's cell is taken. */
  public record Column<T>(String name, Function<T, Object> value) {}

  private final List<Column<T>> columns;

  @SafeVarargs
  public Table(Column<T>... columns) {
    this.columns = List.of(columns);
  }

  public static <T> Column<T> column(String name, Function<T, Object> value) {
    return new Column<>(name, value);
  }

  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** One row's cells in the order of the columns. */
  public List<Object> row(T item) {
    return Arrays.asList(columns.stream().map(column -> column.value().apply(item)).toArray());
  }

  public List<List<Object>> rows(List<? extends T> items) {
    return items.stream().<List<Object>>map(this::row).toList();
  }

  /** One row as a JSON object: the columns' names as keys, in their order. */
  public Map<String, Object> object(T item) {
    Map<String, Object> object = new LinkedHashMap<>();
    columns.forEach(column -> object.put(column.name(), column.value().apply(item)));
    return object;
  }
}
