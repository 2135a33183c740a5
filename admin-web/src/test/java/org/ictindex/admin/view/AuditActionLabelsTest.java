package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.ictindex.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every action the audit trail can record has a name on the audit screen in both languages. */
class AuditActionLabelsTest {

  private static Properties bundle(String language) throws IOException {
    Properties messages = new Properties();
    try (InputStream file =
        AuditActionLabelsTest.class.getResourceAsStream(
            "/org/ictindex/admin/i18n/messages_" + language + ".properties")) {
      messages.load(new InputStreamReader(file, StandardCharsets.UTF_8));
    }
    return messages;
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void everyActionHasALabel(String language) throws IOException {
    Properties messages = bundle(language);

    for (AuditAction action : AuditAction.values()) {
      assertThat(messages.getProperty("audit.action." + action.name()))
          .as("label of %s in %s", action, language)
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void thereIsNoLabelOfAnActionThatDoesNotExist(String language) throws IOException {
    assertThat(bundle(language).stringPropertyNames())
        .filteredOn(key -> key.startsWith("audit.action."))
        .hasSize(AuditAction.values().length);
  }

  @Test
  void theVietnameseLabelsAreVietnamese() throws IOException {
    assertThat(bundle("vi").getProperty("audit.action.RESET_PASSWORD"))
        .isEqualTo("Đặt lại mật khẩu");
  }
}
