package org.ictindex.domain.cycle;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Test access to the data-entry screens' reads and saves, each call in its own transaction. */
@Stateless
public class UnitForms {

  @Inject private ValueSheets valueSheets;
  @Inject private DraftEditing draftEditing;
  @Inject private DraftImport draftImport;

  public void importPackage(int year, byte[] zip) {
    draftImport.importPackage(year, zip, "test");
  }

  public ValueSheet wholeYear(int year) {
    return valueSheets.wholeYear(year);
  }

  public ValueSheet unit(int year, String unitCode) {
    return valueSheets.unit(year, unitCode);
  }

  public ValueSheet group(int year, String groupCode) {
    return valueSheets.group(year, groupCode);
  }

  public int editValues(int year, String unitCode, List<ValueEdit> edits) {
    return draftEditing.editValues(year, unitCode, edits, "test");
  }
}
