package org.ictindex.admin.view;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.ictindex.domain.cycle.DraftStructureService;
import org.ictindex.domain.cycle.InvalidPackageException;
import org.ictindex.domain.cycle.YearStructure;
import org.ictindex.domain.language.CurrentLanguage;

/**
 * What the framework editor and the units editor share: a working copy of one part of a year's
 * structure, loaded with the version it was read at, checked by the validation of the model with
 * the year's values, and saved whole, after a confirmation when the change would drop recorded
 * values.
 */
public abstract class StructureEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected DraftStructureService structures;
  @Inject protected Feedback feedback;
  @Inject protected CurrentLanguage language;

  protected int year;
  private boolean loaded;
  private boolean editable;
  protected long version;
  private Integer valuesToDrop;

  /** Fills the working copy from the year's structure. */
  protected abstract void show(YearStructure structure);

  /**
   * Checks the working copy against the year's units and values, placing each error where the
   * screen shows it.
   *
   * @return how many recorded values saving would drop; null when the copy is invalid
   */
  protected abstract Integer checkWorkingCopy();

  /** Stores the working copy as the new structure; returns the changes it made. */
  protected abstract List<String> store();

  /** The bundle key of the "saved" message; with ".nothing" when nothing changed. */
  protected abstract String savedKey();

  /** Loads the year when the page opens; an unknown year leaves a message. */
  public void load() {
    if (loaded) {
      return;
    }
    YearStructure structure = feedback.attempt(() -> structures.structure(year));
    if (structure == null) {
      return;
    }
    loaded = true;
    editable = structure.isEditable();
    version = structure.version();
    valuesToDrop = null;
    show(structure);
  }

  /** Checks the working copy; asks first when valid values would go; otherwise saves. */
  public void save() {
    if (check() && valuesToDrop == 0) {
      saveChecked();
    }
  }

  /** Saves after the person confirmed that the counted values go. */
  public void confirmSave() {
    if (check()) {
      saveChecked();
    }
  }

  public void cancelSave() {
    valuesToDrop = null;
  }

  /** An edit of the working copy makes an earlier confirmation question stale. */
  protected void edited() {
    valuesToDrop = null;
  }

  private boolean check() {
    valuesToDrop = checkWorkingCopy();
    return valuesToDrop != null;
  }

  private void saveChecked() {
    try {
      List<String> changes = store();
      if (changes.isEmpty()) {
        feedback.infoKey(savedKey() + ".nothing");
      } else {
        feedback.infoKey(savedKey(), changes.size());
      }
      loaded = false;
      load();
    } catch (InvalidPackageException invalid) {
      invalid.messages(language.getCode()).forEach(feedback::error);
    } catch (RuntimeException refused) {
      feedback.report(refused);
    }
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isEditable() {
    return editable;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Integer getValuesToDrop() {
    return valuesToDrop;
  }
}
