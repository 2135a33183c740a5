package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  private static DatabaseSettings resolve(Map<String, String> config) {
    return DatabaseSettings.resolve(key -> Optional.ofNullable(config.get(key)));
  }

  @Test
  void nothingConfiguredMeansAnEmbeddedDatabaseInTheDataFolder() {
    DatabaseSettings settings = resolve(Map.of());

    assertThat(settings.isEmbedded()).isTrue();
    assertThat(settings.url())
        .isEqualTo(
            "jdbc:h2:file:"
                + Path.of("data").toAbsolutePath().resolve("ictindex")
                + ";MODE=LEGACY;NON_KEYWORDS=VALUE,YEAR");
    assertThat(settings.password()).isNotEmpty();
  }

  @Test
  void theDataFolderMovesTheEmbeddedDatabase() {
    DatabaseSettings settings = resolve(Map.of("ictindex.data.dir", "/var/lib/ictindex"));

    assertThat(settings.url()).startsWith("jdbc:h2:file:/var/lib/ictindex/ictindex;");
  }

  @Test
  void aDatabaseUrlSelectsMySqlWithItsCredentials() {
    DatabaseSettings settings =
        resolve(
            Map.of(
                "ictindex.db.url", "jdbc:mysql://127.0.0.1:3306/ictindex?sslMode=DISABLED",
                "ictindex.db.user", "ictindex",
                "ictindex.db.password", "s3cret"));

    assertThat(settings.isMySql()).isTrue();
    assertThat(settings.user()).isEqualTo("ictindex");
    assertThat(settings.password()).isEqualTo("s3cret");
  }

  @Test
  void aBlankDatabaseUrlCountsAsUnset() {
    assertThat(resolve(Map.of("ictindex.db.url", "  ")).isEmbedded()).isTrue();
  }

  @Test
  void theDisplayedUrlHidesOptionsAndCredentials() {
    DatabaseSettings settings =
        resolve(Map.of("ictindex.db.url", "jdbc:mysql://db:3306/ictindex?password=s3cret"));

    assertThat(settings.displayUrl()).isEqualTo("jdbc:mysql://db:3306/ictindex");
    assertThat(settings.toString()).doesNotContain("s3cret");
  }

  @Test
  void theReadingAppUsesItsOwnDatabaseSettingsWhenGiven() {
    DatabaseSettings settings =
        resolve(
            Map.of(
                "ictindex.db.access", "read-only",
                "ictindex.db.url", "jdbc:mysql://primary:3306/ictindex",
                "ictindex.db.user", "ictindex",
                "ictindex.db.password", "writer-secret",
                "ictindex.public.db.url", "jdbc:mysql://replica:3306/ictindex",
                "ictindex.public.db.user", "ictindex_public",
                "ictindex.public.db.password", "reader-secret"));

    assertThat(settings.readOnly()).isTrue();
    assertThat(settings.url()).isEqualTo("jdbc:mysql://replica:3306/ictindex");
    assertThat(settings.user()).isEqualTo("ictindex_public");
    assertThat(settings.password()).isEqualTo("reader-secret");
  }

  @Test
  void eachPublicSettingDefaultsToTheMainOne() {
    DatabaseSettings settings =
        resolve(
            Map.of(
                "ictindex.db.access", "read-only",
                "ictindex.db.url", "jdbc:mysql://primary:3306/ictindex",
                "ictindex.db.user", "ictindex",
                "ictindex.db.password", "writer-secret",
                "ictindex.public.db.user", "ictindex_public",
                "ictindex.public.db.password", "reader-secret"));

    assertThat(settings.url()).isEqualTo("jdbc:mysql://primary:3306/ictindex");
    assertThat(settings.user()).isEqualTo("ictindex_public");
  }

  @Test
  void theReadingAppOnTheEmbeddedDatabaseUsesTheSelectOnlyAccount() {
    DatabaseSettings reader = resolve(Map.of("ictindex.db.access", "read-only"));
    DatabaseSettings writer = resolve(Map.of());

    assertThat(reader.url()).isEqualTo(writer.url() + ";IFEXISTS=TRUE");
    assertThat(reader.user()).isEqualTo("ictindex_reader").isNotEqualTo(writer.user());
    assertThat(reader.readOnly()).isTrue();
    assertThat(writer.readOnly()).isFalse();
  }

  @Test
  void theWritingAppIgnoresThePublicSettings() {
    DatabaseSettings settings =
        resolve(
            Map.of(
                "ictindex.db.url", "jdbc:mysql://primary:3306/ictindex",
                "ictindex.public.db.url", "jdbc:mysql://replica:3306/ictindex"));

    assertThat(settings.url()).isEqualTo("jdbc:mysql://primary:3306/ictindex");
  }
}
