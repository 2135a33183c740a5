package org.ictindex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical user name folds what MariaDB's utf8mb4_vietnamese_ci treats as equal (each pair
 * below was checked with {@code SELECT 'a' = 'b' COLLATE utf8mb4_vietnamese_ci} on MariaDB 10.11)
 * and keeps apart what it keeps apart.
 */
class AccountNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "admin",
        "ádmin",
        "àdmỉn",
        "ＡＤＭＩＮ",
        "Admin",
        "ADMIN",
        "  admin ",
        "ạdmin",
        "ãdmịn",
        "a\u0301dmin",
        "ad\u200Bmin",
        "ädmîn"
      })
  void everyNameTheCollationFindsAsAdminIsAdmin(String typed) {
    assertThat(AccountNames.canonical(typed)).isEqualTo("admin");
    assertThat(AccountNames.same(typed, "admin")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "ắ,ă", "Ă,ă", "ẵ,ă", "ố,ô", "ệ,ê", "ợ,ơ", "ứ,ư", "Đ,đ", "ß,ss", "ﬁ,fi", "ŭ,u", "ç,c", "é,e",
    "ǘ,ü", "K,k", "¹,1", "１,1",
  })
  void theCollationsEqualitiesHold(String one, String other) {
    assertThat(AccountNames.canonical(one)).isEqualTo(AccountNames.canonical(other));
  }

  @ParameterizedTest
  @CsvSource({
    "đ,d", "ă,a", "â,a", "ê,e", "ô,o", "ơ,o", "ư,u", "ǒ,ô", "ě,ê", "a-b,ab", "a.b,a_b", "æ,ae"
  })
  void whatTheVietnameseCollationKeepsApartStaysApart(String one, String other) {
    assertThat(AccountNames.canonical(one)).isNotEqualTo(AccountNames.canonical(other));
  }

  @ParameterizedTest
  @ValueSource(strings = {"đặng-văn-ân", "Nguyễn Thị Ơn"})
  void decomposedAndPrecomposedTextAreTheSameName(String name) {
    assertThat(AccountNames.canonical(Normalizer.normalize(name, Normalizer.Form.NFD)))
        .isEqualTo(AccountNames.canonical(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "aud-lan", "nguyen.van_a", "a1", "x-9.y_z"})
  void aValidNewUserNameIsItsOwnCanonicalForm(String name) {
    assertThat(AccountNames.canonical(name)).isEqualTo(name);
  }
}
