/** The two languages of every screen, Vietnamese first, and how a reader's choice is found. */
package org.ictindex.domain.language;
