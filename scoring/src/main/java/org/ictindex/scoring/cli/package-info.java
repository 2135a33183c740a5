/**
 * The offline verifier: {@code java -jar ictindex-scoring.jar validate|results|verify}, with which
 * anyone holding a published package recomputes and checks the published results.
 */
package org.ictindex.scoring.cli;
