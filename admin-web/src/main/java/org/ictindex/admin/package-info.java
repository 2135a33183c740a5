/** The admin application: screens and HTTP API for assessors, auditors and administrators. */
package org.ictindex.admin;
