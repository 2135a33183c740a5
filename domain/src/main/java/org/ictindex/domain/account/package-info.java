/** Accounts of the people who use the admin app, their roles and passwords. */
package org.ictindex.domain.account;
