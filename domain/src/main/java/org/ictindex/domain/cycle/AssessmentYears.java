package org.ictindex.domain.cycle;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ictindex.scoring.pkg.YearRange;

/**
 * The years this installation assesses: {@link YearRange}'s rule with the bounds of {@code
 * ictindex.years.first} and {@code ictindex.years.last} (ICTINDEX_YEARS_FIRST,
 * ICTINDEX_YEARS_LAST), 2000 to 2100 when unset. A bound that is not a four-digit year, or a first
 * year after the last, is named in the log and the default range applies instead, so the system
 * still starts.
 */
@ApplicationScoped
public class AssessmentYears {

  private static final Logger LOG = Logger.getLogger(AssessmentYears.class.getName());

  private YearRange range = YearRange.DEFAULT;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(AssessmentYears.class.getClassLoader());
    try {
      range = YearRange.configured(key -> config.getOptionalValue(key, String.class));
    } catch (IllegalArgumentException badSetting) {
      LOG.log(
          Level.SEVERE,
          "The configured assessment years are invalid ({0}); the default range {1}–{2} applies.",
          new Object[] {badSetting.getMessage(), YearRange.DEFAULT_FIRST, YearRange.DEFAULT_LAST});
      range = YearRange.DEFAULT;
    }
  }

  /** The years a new draft, an import, a publication or a correction may be of. */
  public YearRange range() {
    return range;
  }

  public boolean allows(long year) {
    return range.contains(year);
  }

  /**
   * @throws InvalidRequestException saying which years are allowed, when the year is not one
   */
  public void require(long year) {
    if (!range.contains(year)) {
      throw new InvalidRequestException(
          range.problemVi(Long.toString(year)), range.problemEn(Long.toString(year)));
    }
  }
}
