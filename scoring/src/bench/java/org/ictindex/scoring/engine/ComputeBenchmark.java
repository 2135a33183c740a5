package org.ictindex.scoring.engine;

import java.util.concurrent.TimeUnit;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The methodology on units × 200 indicators in a tree of 4 levels below TOTAL (5 × 4 × 2 × 5), 3
 * groups. Three measures on the same synthetic data, generated once per trial:
 *
 * <ul>
 *   <li>{@code compute}: the public {@link Methodology#compute} from the package to the results and
 *       statistics, whose node results are made when they are read;
 *   <li>{@code computeAndRead}: the same, then every node result read once with its figures, as the
 *       results document's writer does;
 *   <li>{@code scoreAndRank}: the engine core on the value matrix: scores, percents with their
 *       exact rounding, and ranks of every node and group;
 *   <li>{@code barePass}: the baseline, one pass summing the same values matrix.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ComputeBenchmark {

  @Param({"100", "1000", "10000", "100000"})
  public int units;

  private CyclePackage cycle;
  private CompiledFramework framework;
  private ValueTable values;

  @Setup
  public void generate() {
    cycle = SyntheticCycles.generate(units, 20240101L, 5, 4, 2, 5);
    framework = CompiledFramework.of(cycle.framework());
    values = ValueTable.of(framework, cycle.units(), cycle.values());
  }

  @Benchmark
  public CycleResults compute() {
    return Methodology.compute(cycle, null);
  }

  @Benchmark
  public void computeAndRead(Blackhole blackhole) {
    for (UnitResult unit : Methodology.compute(cycle, null).units()) {
      for (NodeResult node : unit.nodes()) {
        blackhole.consume(node.score());
        blackhole.consume(node.percent());
        blackhole.consume(node.rank());
      }
    }
  }

  @Benchmark
  public Ranking scoreAndRank() {
    Scorer.ScoreTable scores = new Scorer(framework, values).scoresAndPercents();
    return Ranking.of(framework, values, scores.scoreKeys());
  }

  @Benchmark
  public double barePass() {
    double sum = 0;
    for (double value : values.approximate) {
      sum += value;
    }
    return sum;
  }
}
