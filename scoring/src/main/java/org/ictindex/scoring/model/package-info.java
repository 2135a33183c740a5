/**
 * The input and output of the methodology as immutable values: a framework, units and their
 * indicator values go in; per-unit, per-node results and group statistics come out.
 */
package org.ictindex.scoring.model;
