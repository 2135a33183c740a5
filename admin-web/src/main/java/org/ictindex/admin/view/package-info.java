/** Backing beans of the admin screens; the package mirrors the URL tree under /admin. */
package org.ictindex.admin.view;
