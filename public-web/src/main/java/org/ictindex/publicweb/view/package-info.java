/** Backing beans of the public pages; the package mirrors the URL tree. */
package org.ictindex.publicweb.view;
