/** The units assessed in a year and the values recorded for them. */
package org.ictindex.domain.unit;
