package org.ictindex.publicweb.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevision.UnitAtNode;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.UnitGroup;

/** The public start page: the latest published year's leaders per group, and every year. */
@Named
@RequestScoped
public class IndexBacking {

  private static final int LEADERS = 5;

  /** A group's first units in the latest year. */
  public record GroupHead(UnitGroup group, List<UnitAtNode> leaders) {}

  @Inject private PublishedRevisions pages;
  @Inject private CurrentLanguage language;

  private List<PublishedRevision> years;

  @PostConstruct
  void load() {
    years = pages.years();
  }

  public List<PublishedRevision> getYears() {
    return years;
  }

  public PublishedRevision getLatest() {
    return years.isEmpty() ? null : years.get(0);
  }

  /** Each group of the latest year with its first ranked units. */
  public List<GroupHead> getHeads() {
    PublishedRevision latest = getLatest();
    if (latest == null) {
      return List.of();
    }
    return latest.groups().stream()
        .map(
            group ->
                new GroupHead(
                    group,
                    latest.ranking(group.code(), Node.TOTAL).stream()
                        .filter(unit -> unit.result().isRanked())
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
