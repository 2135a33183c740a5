package org.ictindex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

  @Test
  void aLongUncommonPasswordPasses() {
    assertThatCode(() -> PasswordRules.check("aud-lan", "rừng tre xanh 47 cây"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "short", "elevenchars"})
  void fewerThanTwelveCharactersAreRefused(String password) {
    assertThatThrownBy(() -> PasswordRules.check("aud-lan", password))
        .isInstanceOfSatisfying(
            AccountException.class,
            refused -> {
              assertThat(refused.field()).contains(AccountField.PASSWORD);
              assertThat(refused.message("vi")).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
              assertThat(refused.message("en")).contains("at least 12 characters");
            });
  }

  @Test
  void aMissingPasswordIsRefusedAsTooShort() {
    assertThatThrownBy(() -> PasswordRules.check("aud-lan", null))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("at least 12");
  }

  @Test
  void twelveCharactersAreEnough() {
    assertThatCode(() -> PasswordRules.check("aud-lan", "kx8-vq2+mw7z")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "matkhau123456",
        "123456789012",
        "MatKhau123456",
        "PASSWORD1234",
        "qwertyuiop123",
        "iloveyou1234",
        "anhyeuem123456",
        "111111111111"
      })
  void commonPasswordsAreRefusedWhateverTheirCase(String password) {
    assertThatThrownBy(() -> PasswordRules.check("aud-lan", password))
        .isInstanceOfSatisfying(
            AccountException.class,
            refused -> {
              assertThat(refused.field()).contains(AccountField.PASSWORD);
              assertThat(refused.message("vi")).contains("quá phổ biến");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"            ", "                    ", " \t  \u3000       \u00a0  "})
  void aPasswordOfOnlySpacesIsRefused(String password) {
    assertThatThrownBy(() -> PasswordRules.check("aud-lan", password))
        .isInstanceOfSatisfying(
            AccountException.class,
            refused -> {
              assertThat(refused.field()).contains(AccountField.PASSWORD);
              assertThat(refused.message("vi")).isEqualTo("Mật khẩu không được chỉ gồm dấu cách.");
              assertThat(refused.message("en")).isEqualTo("A password cannot be only spaces.");
            });
  }

  @Test
  void spacesAroundAPasswordDoNotCountTowardsItsLength() {
    assertThatThrownBy(() -> PasswordRules.check("aud-lan", "   kx8-vq2+m   "))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("at least 12");
    assertThatCode(() -> PasswordRules.check("aud-lan", "  kx8-vq2+mw7z  "))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mAtKhAu123456",
        "  PassWord1234  ",
        "ＭａｔＫｈａｕ１２３４５６",
        "QwErTyUiOp123",
        "IloveYOU1234"
      })
  void commonPasswordsAreRefusedInAnyLetterCaseWidthOrPadding(String password) {
    assertThatThrownBy(() -> PasswordRules.check("aud-lan", password))
        .isInstanceOfSatisfying(
            AccountException.class,
            refused -> assertThat(refused.message("vi")).contains("quá phổ biến"));
  }

  @Test
  void thePasswordMayNotBeTheUserNameInAnyCase() {
    assertThatThrownBy(() -> PasswordRules.check("aud-nguyenvana", "AUD-NguyenVanA"))
        .isInstanceOfSatisfying(
            AccountException.class,
            refused -> assertThat(refused.message("vi")).contains("trùng với tên đăng nhập"));
  }

  @Test
  void theListOfCommonPasswordsIsLoaded() {
    assertThat(PasswordRules.commonPasswordCount()).isGreaterThan(1000);
  }
}
