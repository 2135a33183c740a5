package org.ictindex.domain.publication;

/** What a publication freezes: the package bytes, the canonical results and their hashes. */
public record FrozenResults(
    byte[] packageBytes,
    String packageSha256,
    CompressedResults results,
    int uncertaintyDraws,
    long uncertaintySeed) {}
