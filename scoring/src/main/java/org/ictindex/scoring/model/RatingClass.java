package org.ictindex.scoring.model;

import java.math.BigDecimal;

/**
 * A class (xếp loại) such as Tốt, Khá, Trung bình, Yếu: a unit gets the class with the highest
 * {@code minPercent} that its rounded percent reaches.
 */
public record RatingClass(String code, LocalizedText name, BigDecimal minPercent) {}
