package org.ictindex.scoring.pkg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A parsed JSON value that remembers where it starts in the file, so that every error in
 * framework.json can point at the offending element, not just at the first syntax error.
 */
sealed interface JsonTree {

  int line();

  int column();

  /** How the kind of value is named in messages ("một đối tượng" / "an object"). */
  String kindVi();

  String kindEn();

  /** An object; member names are unique (a repeated name is reported while parsing). */
  record Obj(List<Member> members, int line, int column) implements JsonTree {
    public Obj {
      members = List.copyOf(members);
    }

    Optional<Member> member(String name) {
      return members.stream().filter(member -> member.name().equals(name)).findFirst();
    }

    @Override
    public String kindVi() {
      return "một đối tượng";
    }

    @Override
    public String kindEn() {
      return "an object";
    }
  }

  /** A member of an object, located at its name. */
  record Member(String name, JsonTree value, int line, int column) {}

  record Arr(List<JsonTree> items, int line, int column) implements JsonTree {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public String kindVi() {
      return "một danh sách";
    }

    @Override
    public String kindEn() {
      return "a list";
    }
  }

  record Str(String value, int line, int column) implements JsonTree {
    @Override
    public String kindVi() {
      return "một chuỗi";
    }

    @Override
    public String kindEn() {
      return "a string";
    }
  }

  /** A number exactly as written (scale included). */
  record Num(BigDecimal value, int line, int column) implements JsonTree {
    @Override
    public String kindVi() {
      return "một số";
    }

    @Override
    public String kindEn() {
      return "a number";
    }
  }

  record Bool(boolean value, int line, int column) implements JsonTree {
    @Override
    public String kindVi() {
      return "giá trị đúng/sai";
    }

    @Override
    public String kindEn() {
      return "true or false";
    }
  }

  record Null(int line, int column) implements JsonTree {
    @Override
    public String kindVi() {
      return "null";
    }

    @Override
    public String kindEn() {
      return "null";
    }
  }
}
