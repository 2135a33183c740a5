/** The demo years 2012 and 2013, loaded and published on the first start of an empty system. */
package org.ictindex.domain.demo;
