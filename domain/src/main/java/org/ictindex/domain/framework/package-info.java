/** A year's framework as stored: the node tree, the unit groups and the classes. */
package org.ictindex.domain.framework;
