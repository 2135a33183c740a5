package org.ictindex.admin.view;

import java.util.List;
import java.util.Map;
import org.ictindex.domain.audit.AuditFilter;
import org.ictindex.domain.audit.AuditQueries;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit records of a filter, read from the database one table page at a time. */
public class AuditPage extends LazyDataModel<AuditRow> {

  private final AuditQueries queries;
  private final AuditFilter filter;

  AuditPage(AuditQueries queries, AuditFilter filter) {
    this.queries = queries;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> tableFilters) {
    return Math.toIntExact(queries.count(filter));
  }

  @Override
  public List<AuditRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> tableFilters) {
    return queries.search(filter, first, pageSize).stream().map(AuditRow::of).toList();
  }

  @Override
  public String getRowKey(AuditRow row) {
    return String.valueOf(row.id());
  }
}
