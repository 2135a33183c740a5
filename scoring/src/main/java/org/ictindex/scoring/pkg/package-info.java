/**
 * The cycle package (package-format.md): the rules a framework, its units and values must keep,
 * checked on the model ({@link org.ictindex.scoring.pkg.ModelValidation}); reading a ZIP or folder
 * into a {@link org.ictindex.scoring.model.CyclePackage} with every error located in its file; and
 * writing a package back, byte for byte the same each time.
 */
package org.ictindex.scoring.pkg;
