/** Mapping details shared by the entities. */
package org.ictindex.domain.persistence;
