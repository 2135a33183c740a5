package org.ictindex.scoring.engine;

import java.math.BigDecimal;

/**
 * The weight of every node, by node index, in double precision for the fast path and exactly for
 * the fallback; {@code approximate[i]} is within a few units of roundoff of {@code exact[i]}.
 */
record NodeWeights(double[] approximate, BigDecimal[] exact) {}
