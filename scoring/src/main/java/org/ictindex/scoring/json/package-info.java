/**
 * The one JSON text form the project writes (framework.json and published results): fixed key
 * order, two-space indentation, {@code \n} line ends, numbers in plain notation.
 */
package org.ictindex.scoring.json;
