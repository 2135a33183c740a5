/**
 * The cycle package (package-format.md): reading a ZIP or folder into a {@link
 * org.ictindex.scoring.model.CyclePackage} with every validation error located in its file, and
 * writing a package back, byte for byte the same each time.
 */
package org.ictindex.scoring.pkg;
