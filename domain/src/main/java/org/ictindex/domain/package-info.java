/** The system's model and its rules over time: entities, migrations and services. */
package org.ictindex.domain;
