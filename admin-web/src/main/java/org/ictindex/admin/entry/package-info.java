/** Screens that enter a year's values: the grid per group, the form per unit, file imports. */
package org.ictindex.admin.entry;
