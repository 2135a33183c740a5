package org.ictindex.scoring.engine;

import java.util.concurrent.TimeUnit;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Rank uncertainty with 1,000 draws on 93 units × 30 indicators (3 × 2 × 5), 3 groups. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class UncertaintyBenchmark {

  private CyclePackage cycle;
  private CycleResults results;

  @Setup
  public void generate() {
    cycle = SyntheticCycles.generate(93, 2013L, 3, 2, 5);
    results = Methodology.compute(cycle, null);
  }

  @Benchmark
  public CycleResults thousandDraws() {
    return RankUncertainty.withIntervals(
        cycle, results, 1000, RankUncertainty.DEFAULT_EPSILON, 2013L);
  }
}
