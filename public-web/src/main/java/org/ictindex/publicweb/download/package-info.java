/** Tables of the public pages and the API as files to download. */
package org.ictindex.publicweb.download;
