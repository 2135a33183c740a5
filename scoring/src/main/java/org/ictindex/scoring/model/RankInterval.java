package org.ictindex.scoring.model;

/**
 * How a unit's rank at a node moves when the weights are perturbed (Monte Carlo): the median rank
 * and the 5th and 95th percentile ranks.
 */
public record RankInterval(int median, int q5, int q95) {}
