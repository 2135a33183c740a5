package org.ictindex.publicweb.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.model.UnitResult;

/** The public start page: the latest published year's leaders per group, and every year. */
@Named
@RequestScoped
public class IndexBacking {

  private static final int LEADERS = 5;

  /** A group's first units in the latest year. */
  public record GroupHead(UnitGroup group, List<UnitResult> leaders) {}

  @Inject private PublishedYearPages pages;
  @Inject private CurrentLanguage language;

  private List<PublishedYear> years;

  @PostConstruct
  void load() {
    years = pages.years();
  }

  public List<PublishedYear> getYears() {
    return years;
  }

  public PublishedYear getLatest() {
    return years.isEmpty() ? null : years.get(0);
  }

  /** Each group of the latest year with its first ranked units. */
  public List<GroupHead> getHeads() {
    PublishedYear latest = getLatest();
    if (latest == null) {
      return List.of();
    }
    return latest.groups().stream()
        .map(
            group ->
                new GroupHead(
                    group,
                    latest.unitsOf(group.code()).stream()
                        .filter(unit -> unit.total().isRanked())
                        .sorted(Comparator.comparing((UnitResult unit) -> unit.total().rank()))
                        .limit(LEADERS)
                        .toList()))
        .toList();
  }

  /** A day as the language writes it, in Vietnam's time zone. */
  public String date(java.time.Instant instant) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(language.getLocale())
        .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .format(instant);
  }

  public String percent(java.math.BigDecimal value) {
    return new Figures(language.getCode()).decimal(value);
  }
}
