package org.ictindex.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.PredecessorRank;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.pkg.SamplePackage;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {

  private final CyclePackage cycle = SamplePackage.valid();

  @Test
  void resultsAreWrittenInTheCanonicalForm() {
    assertThat(ResultsJson.write(cycle, SampleResults.results()))
        .isEqualTo(
            """
            {
              "year": 2013,
              "units": [
                {
                  "unitCode": "01",
                  "nameVi": "Hà Nội",
                  "nameEn": "Ha Noi",
                  "group": "PROVINCE",
                  "nodes": [
                    {
                      "code": "TOTAL",
                      "nameVi": "Tổng điểm",
                      "nameEn": "Total",
                      "depth": 0,
                      "rank": 1,
                      "of": 2,
                      "score": 26.5,
                      "max": 35,
                      "percent": 75.7143,
                      "classCode": "YEU",
                      "change": 1,
                      "previousRank": 2,
                      "rankMedian": 1,
                      "rankQ5": 1,
                      "rankQ95": 2
                    },
                    {
                      "code": "HT",
                      "nameVi": "Hạ tầng kỹ thuật",
                      "nameEn": "Infrastructure",
                      "depth": 1,
                      "rank": 1,
                      "of": 2,
                      "score": 13.5,
                      "max": 30,
                      "percent": 45,
                      "classCode": "YEU",
                      "change": null,
                      "previousRank": null
                    }
                  ]
                },
                {
                  "unitCode": "BKH",
                  "nameVi": "Bộ Kế hoạch, Đầu tư",
                  "nameEn": "Bộ Kế hoạch, Đầu tư",
                  "group": "MINISTRY",
                  "nodes": [
                    {
                      "code": "TOTAL",
                      "nameVi": "Tổng điểm",
                      "nameEn": "Total",
                      "depth": 0,
                      "rank": null,
                      "of": null,
                      "score": null,
                      "max": 25,
                      "percent": null,
                      "classCode": null,
                      "change": null,
                      "previousRank": null,
                      "predecessorRanks": [
                        {
                          "unitCode": "BKH1",
                          "rank": 3,
                          "of": 20
                        }
                      ]
                    }
                  ]
                }
              ],
              "statistics": {
                "MINISTRY": {
                  "classes": [],
                  "indicators": [],
                  "nodes": [
                    {
                      "node": "TOTAL",
                      "ranked": 0,
                      "meanPercent": null,
                      "medianPercent": null,
                      "minPercent": null,
                      "maxPercent": null
                    }
                  ]
                },
                "PROVINCE": {
                  "classes": [
                    {
                      "node": "TOTAL",
                      "classCode": "YEU",
                      "count": 2,
                      "share": 100,
                      "shareChange": -33.3
                    }
                  ],
                  "indicators": [
                    {
                      "code": "HT.1",
                      "reporting": 2,
                      "positive": 2,
                      "sum": 57.5,
                      "mean": 28.75,
                      "median": 28.75,
                      "min": 15,
                      "max": 42.5,
                      "positiveChange": 1,
                      "sumChange": 7.5
                    }
                  ],
                  "nodes": [
                    {
                      "node": "TOTAL",
                      "ranked": 2,
                      "meanPercent": 60.5,
                      "medianPercent": 60.5,
                      "minPercent": 45.25,
                      "maxPercent": 75.7143
                    }
                  ]
                }
              }
            }
            """);
  }

  @Test
  void theTextDependsOnTheFiguresNotOnTheOrderTheyCameIn() {
    CycleResults reordered =
        new CycleResults(
            2013,
            List.of(SampleResults.province(), SampleResults.ministry()),
            SampleResults.statistics());

    assertThat(ResultsJson.write(cycle, reordered))
        .isEqualTo(ResultsJson.write(cycle, SampleResults.results()));
  }

  @Test
  void readingTheTextBackGivesTheSameFigures() {
    CycleResults original = SampleResults.results();

    CycleResults read = ResultsJson.read(ResultsJson.write(cycle, original));

    assertThat(ResultsComparison.compare(original, read).differences()).isEmpty();
    UnitResult province = read.unit("01").orElseThrow();
    assertThat(province.total().uncertainty()).isEqualTo(new RankInterval(1, 1, 2));
    assertThat(province.total().score()).isEqualByComparingTo("26.5");
    assertThat(read.unit("BKH").orElseThrow().total().predecessorRanks())
        .containsExactly(new PredecessorRank("BKH1", 3, 20));
    assertThat(read.statistics().get("PROVINCE").indicators().get(0).sum())
        .isEqualByComparingTo("57.5");
  }

  @Test
  void textThatIsNotJsonIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> ResultsJson.read("{\n  \"year\": 2013,\n  \"units\": [,]\n}"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageStartingWith("not valid JSON at line 3, column 13");
  }

  @Test
  void jsonOfAnotherShapeIsRefusedWithThePathOfWhatIsMissing() {
    assertThatThrownBy(
            () ->
                ResultsJson.read(
                    "{\"year\": 2013, \"units\": [{\"unitCode\": \"01\", \"nameVi\": \"Hà Nội\", \"group\": \"PROVINCE\", \"nodes\": [{\"depth\": 0}]}]}"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessage("units[0].nodes[0].code is missing");
  }

  @Test
  void aFigureOfTheWrongTypeIsRefused() {
    assertThatThrownBy(() -> ResultsJson.read("{\"year\": \"2013\", \"units\": []}"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessage("year must be a whole number");
  }
}
