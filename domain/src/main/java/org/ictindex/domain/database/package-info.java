/** Which database the system talks to, and the migrations that give it its schema. */
package org.ictindex.domain.database;
