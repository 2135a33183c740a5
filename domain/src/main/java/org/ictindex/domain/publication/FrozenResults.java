package org.ictindex.domain.publication;

import org.ictindex.scoring.engine.PublicationRecipe;

/**
 * What a publication freezes: the package bytes, the canonical results and their hashes, and the
 * recipe the results were computed by.
 */
public record FrozenResults(
    byte[] packageBytes,
    String packageSha256,
    CompressedResults results,
    PublicationRecipe recipe) {}
