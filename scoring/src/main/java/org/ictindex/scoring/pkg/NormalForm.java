package org.ictindex.scoring.pkg;

import java.util.stream.Collectors;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * A package's texts in Unicode NFC, as reading a package file gives them ({@link StrictText}): data
 * typed on a screen is stored in the same form as data imported from a file, so that two spellings
 * of one Vietnamese letter never make two codes or names.
 */
public final class NormalForm {

  private NormalForm() {}

  public static CyclePackage of(CyclePackage data) {
    return new CyclePackage(
        of(data.framework()),
        data.units().stream().map(NormalForm::of).toList(),
        data.values().stream().map(NormalForm::of).toList());
  }

  public static Framework of(Framework framework) {
    return new Framework(
        nfc(framework.code()),
        framework.year(),
        of(framework.name()),
        framework.missing(),
        framework.groups().stream()
            .map(group -> new UnitGroup(nfc(group.code()), of(group.name())))
            .toList(),
        framework.classes().stream()
            .map(rated -> new RatingClass(nfc(rated.code()), of(rated.name()), rated.minPercent()))
            .toList(),
        framework.nodes().stream().map(NormalForm::of).toList());
  }

  private static Node of(Node node) {
    return new Node(
        nfc(node.code()),
        of(node.name()),
        node.weight(),
        node.appliesTo().stream().map(NormalForm::nfc).collect(Collectors.toSet()),
        nfc(node.unit()),
        node.rule(),
        node.children().stream().map(NormalForm::of).toList());
  }

  private static Unit of(Unit unit) {
    return new Unit(
        nfc(unit.code()),
        nfc(unit.groupCode()),
        of(unit.name()),
        unit.predecessors().stream().map(NormalForm::nfc).toList());
  }

  private static IndicatorValue of(IndicatorValue value) {
    return new IndicatorValue(
        nfc(value.unitCode()), nfc(value.indicatorCode()), value.value(), nfc(value.note()));
  }

  private static LocalizedText of(LocalizedText text) {
    return text == null ? null : new LocalizedText(nfc(text.vi()), nfc(text.en()));
  }

  private static String nfc(String text) {
    return FreeText.normalized(text);
  }
}
