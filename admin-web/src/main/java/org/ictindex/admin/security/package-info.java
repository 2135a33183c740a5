/** Who may use the admin app: the identity store, the login mechanism, the first administrator. */
package org.ictindex.admin.security;
