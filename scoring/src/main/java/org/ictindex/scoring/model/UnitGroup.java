package org.ictindex.scoring.model;

/** A group of units ranked among themselves, such as MINISTRY, GOV_AGENCY or PROVINCE. */
public record UnitGroup(String code, LocalizedText name) {}
