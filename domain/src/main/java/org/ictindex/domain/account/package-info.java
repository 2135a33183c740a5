/** Accounts of the people who use the admin app, their roles, permissions and passwords. */
package org.ictindex.domain.account;
